/** Command-line options of `npm run bench:first-view`. */
export interface FirstViewBenchOptions {
  /** The built site to serve (default dist/). */
  dist: string;
  /** Visits per page; the table shows the median. */
  runs: number;
  /** Measure without throttling (a quick check that everything works). */
  throttle: boolean;
}

export const FIRST_VIEW_USAGE = `npm run bench:first-view [-- --dist dist] [--runs 5] [--no-throttle]
  --dist         the built site to measure (default dist; run npm run build first)
  --runs         visits per page; the median is shown (default 5)
  --no-throttle  no network or CPU throttling (a quick check, not a measurement)`;

/** Parse "--dist /tmp/x", "--runs=3", "--no-throttle"; unknown flags are an error with the usage. */
export function parseFirstViewArgs(argv: readonly string[]): FirstViewBenchOptions {
  const options: FirstViewBenchOptions = { dist: 'dist', runs: 5, throttle: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--dist') {
      const dist = value();
      if (!dist) throw new Error(`--dist cần một thư mục\n${FIRST_VIEW_USAGE}`);
      options.dist = dist;
    } else if (flag === '--runs') {
      const v = value();
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1) throw new Error(`--runs cần một số nguyên dương, không phải "${v ?? ''}"\n${FIRST_VIEW_USAGE}`);
      options.runs = n;
    } else if (flag === '--no-throttle' && inline === undefined) options.throttle = false;
    else throw new Error(`không hiểu tùy chọn "${argv[i]}"\n${FIRST_VIEW_USAGE}`);
  }
  return options;
}
