import { USAGE } from './cli-usage.ts';
import { runReportCommand } from './report.command.ts';
import { runResumeCommand } from './resume.command.ts';

/**
 * The `prepkit` command line: `./scripts/prepkit report ...` (see USAGE). Runs in-process, with no
 * Redis, no MongoDB and no network.
 */
const main = async (argv: readonly string[]): Promise<number> => {
  const [command, ...rest] = argv;
  const io = {
    stdout: (t: string) => process.stdout.write(t),
    stderr: (t: string) => process.stderr.write(t),
  };
  if (command === 'report') return runReportCommand(rest, io);
  if (command === 'resume') return runResumeCommand(rest, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  io.stderr(
    `${command === undefined ? 'error: no command given.' : `error: unknown command "${command}".`}\n\n${USAGE}\n`,
  );
  return 2;
};

process.exitCode = await main(process.argv.slice(2));
