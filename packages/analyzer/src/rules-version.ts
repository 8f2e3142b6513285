/**
 * The version of the analyzer's rules and data (taxonomy, weights, picking). Bump it whenever
 * a change can alter a report, so stored reports say which rules made them.
 */
export const RULES_VERSION = '1.8.444';
