/** Where a CLI command writes; injected so commands are testable without a child process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A subcommand: takes its arguments (after the subcommand name) and returns the exit code. */
export type CliCommand = (args: string[], io: CliIO) => Promise<number>;
