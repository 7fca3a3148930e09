/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** Numbers of synthetic articles, one benchmark each. */
  pages: number[];
  /** Builds per size; the table shows the median. */
  runs: number;
  /** Seed of the article generator. */
  seed: number;
}

export const DEFAULT_OPTIONS: BenchOptions = { pages: [100, 1000], runs: 3, seed: 1 };

export const USAGE = `npm run bench [-- --pages 100,1000] [--runs 3] [--seed 1]
  --pages  numbers of synthetic articles, comma-separated or repeated (default 100,1000)
  --runs   builds per size; the median is shown (default 3)
  --seed   seed of the article generator (default 1)`;

const positiveInt = (flag: string, value: string | undefined): number => {
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1) throw new Error(`${flag} cần một số nguyên dương, không phải "${value ?? ''}"\n${USAGE}`);
  return n;
};

/** Parse "--pages 3000", "--pages=100,1000", "--runs 1"; unknown flags are an error with the usage. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULT_OPTIONS };
  const pages: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--pages') pages.push(...(value() ?? '').split(',').map((v) => positiveInt('--pages', v.trim())));
    else if (flag === '--runs') options.runs = positiveInt('--runs', value());
    else if (flag === '--seed') options.seed = positiveInt('--seed', value());
    else throw new Error(`không hiểu tùy chọn "${argv[i]}"\n${USAGE}`);
  }
  if (pages.length > 0) options.pages = pages;
  return options;
}
