import { describe, expect, it } from 'vitest';
import { goldenOutputs, readGolden } from '../scripts/golden.ts';

describe('golden outputs', () => {
  it('when the golden pairs are analyzed, then the output is byte-identical to the stored one', async () => {
    const outputs = await goldenOutputs();
    expect(outputs.length).toBe(3);
    // Compared in canonical form, so reformatting the stored file (biome) does not matter.
    for (const g of outputs) {
      expect(JSON.stringify(JSON.parse(g.json)), g.name).toBe(
        JSON.stringify(JSON.parse(await readGolden(g.name))),
      );
    }
  });

  it('when the golden pairs are analyzed twice, then both runs are byte-identical', async () => {
    const [a, b] = await Promise.all([goldenOutputs(), goldenOutputs()]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
