/** A problem in a sidecar, at a 1-based line and column of the YAML source. */
export interface SidecarProblem {
  message: string;
  line: number;
  column: number;
}
