import { CliCommand, processIO } from './cli-io';
import { checkCommand, checkHelp } from './check-command';
import { exportCommand, exportHelp } from './export-command';
import { extractCommand, extractHelp } from './extract-command';
import { ledgerCommand, ledgerHelp } from './ledger-command';
import { searchCommand, searchHelp } from './search-command';

const commands: Record<string, { run: CliCommand; help: string }> = {
  extract: { run: extractCommand, help: extractHelp },
  check: { run: checkCommand, help: checkHelp },
  search: { run: searchCommand, help: searchHelp },
  ledger: { run: ledgerCommand, help: ledgerHelp },
  export: { run: exportCommand, help: exportHelp },
};

const usage = `Usage: sourcemark <command> [options]

Commands:
  extract <files or folders...> [--json]   entities and figures in articles
  check [paths] [--fix] [--json]           validate sidecars and re-anchor annotations
  search "query" [paths] [--json]          fuzzy search across claims
  ledger [paths] [--json]                  figures grouped by subject, with contradictions
  export [paths] --format jsonld|csv|markdown [--out FILE]   annotations and ledger

Run "sourcemark <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    processIO.stdout(`${usage}\n`);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    processIO.stderr(`sourcemark: unknown command "${name}"\n\n${usage}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    processIO.stdout(`${command.help}\n`);
    return 0;
  }
  return command.run(args, processIO);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    processIO.stderr(`sourcemark: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 70;
  },
);
