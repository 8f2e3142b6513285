import type { BenchServices } from './stack.ts';

/** What every benchmark receives. */
export interface BenchContext {
  services: BenchServices;
  /** --quick: fewer jobs, shorter windows, fewer repetitions. */
  quick: boolean;
  log(message: string): void;
}

/** One target of the issue and whether this run met it (null: not applicable). */
export interface TargetCheck {
  name: string;
  value: string;
  target: string;
  met: boolean | null;
}

/** What a benchmark hands back for BENCHMARKS.md. */
export interface ScenarioResult {
  title: string;
  /** How it was run (setup, repetitions). */
  method: string;
  /** A Markdown table (or lines) of figures. */
  lines: string[];
  targets: TargetCheck[];
  /** Remarks: why a target was missed, caveats. */
  notes?: string[];
}

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);
