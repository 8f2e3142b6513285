import { writeFile } from 'node:fs/promises';

/** Where a command writes text. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Writes a command's output to `out` (a file) or, when null, to stdout (text only). */
export const writeOutput = async (
  output: string | Uint8Array,
  out: string | null,
  io: CliIo,
): Promise<void> => {
  if (out !== null) {
    await writeFile(out, output);
    io.stderr(
      `wrote ${out} (${typeof output === 'string' ? Buffer.byteLength(output) : output.byteLength} bytes)\n`,
    );
    return;
  }
  io.stdout(typeof output === 'string' ? output : Buffer.from(output).toString('latin1'));
};
