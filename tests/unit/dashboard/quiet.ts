/** Waits until `reads()` has not changed for a few timer turns: every slice's reading and first look is done. */
export async function quiet(reads: () => number): Promise<void> {
  for (let calm = 0, last = -1; calm < 5; ) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    const now = reads();
    calm = now === last ? calm + 1 : 0;
    last = now;
  }
}
