// One clock for the three benchmark processes: milliseconds since the epoch
// with sub-millisecond resolution. Date.now() alone would round every
// latency to a whole millisecond.
export const epochNow = (): number => performance.timeOrigin + performance.now();
