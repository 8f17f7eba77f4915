/** The part of fmin (benfred/fmin, BSD-3) the fitting script uses; the package ships no types. */
declare module "fmin" {
  /** Minimises `f`, which returns the loss at `x` and writes its gradient into `gradient`. */
  export function conjugateGradient(
    f: (x: number[], gradient: number[]) => number,
    initial: number[],
    params?: { maxIterations?: number },
  ): { x: number[]; fx: number };
}
