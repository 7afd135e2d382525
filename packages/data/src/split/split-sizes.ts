const OP = "trainTestSplit";

/** A count of samples (an integer ≥ 1) or a fraction of them (a number in `(0, 1)`). */
export type SplitSize = number;

/**
 * scikit-learn's `_validate_shuffle_split`: `nTest = ⌈testSize·n⌉` for a fraction, `nTrain =
 * ⌊trainSize·n⌋`, the missing one is the rest, and `testSize` defaults to 0.25. In JavaScript an
 * integer ≥ 1 is a count (Python's `int`) and any other number a fraction (Python's `float`).
 * @throws RangeError on sizes outside those ranges, sums over `n`, or an empty train set.
 */
export function splitSizes(nSamples: number, testSize: SplitSize | undefined, trainSize: SplitSize | undefined): [nTrain: number, nTest: number] {
  if (testSize === undefined && trainSize === undefined) testSize = 0.25;
  checkSize("testSize", testSize, nSamples);
  checkSize("trainSize", trainSize, nSamples);
  if (testSize !== undefined && trainSize !== undefined && !isCount(testSize) && !isCount(trainSize) && trainSize + testSize > 1) {
    throw new RangeError(`${OP}: testSize + trainSize must be ≤ 1 when both are fractions. Received: testSize=${testSize}, trainSize=${trainSize}.`);
  }
  let nTest = testSize === undefined ? undefined : isCount(testSize) ? testSize : Math.ceil(testSize * nSamples);
  let nTrain = trainSize === undefined ? undefined : isCount(trainSize) ? trainSize : Math.floor(trainSize * nSamples);
  if (nTrain === undefined) nTrain = nSamples - (nTest as number);
  if (nTest === undefined) nTest = nSamples - nTrain;
  if (nTrain + nTest > nSamples) {
    throw new RangeError(`${OP}: the train and test sets together must be at most nSamples=${nSamples}. Received: nTrain=${nTrain}, nTest=${nTest}; reduce testSize and/or trainSize.`);
  }
  if (nTrain === 0) {
    throw new RangeError(`${OP}: the train set would be empty. Received: nSamples=${nSamples}, testSize=${testSize}, trainSize=${trainSize}.`);
  }
  return [nTrain, nTest];
}

function isCount(size: number): boolean {
  return Number.isInteger(size) && size >= 1;
}

function checkSize(name: string, size: number | undefined, nSamples: number): void {
  if (size === undefined) return;
  const ok = typeof size === "number" && (isCount(size) ? size < nSamples : size > 0 && size < 1);
  if (!ok) {
    throw new RangeError(`${OP}: ${name} must be a count in [1, nSamples − 1] or a fraction in (0, 1). Received: ${name}=${String(size)}, nSamples=${nSamples}.`);
  }
}
