import { describe, expect, test } from 'vitest';
import { binomialUpperTail, countUpperTail, logGamma, poissonUpperTail } from '../../../utils/tracking/stats';

describe('logGamma', () => {
  test.each([
    [1, 0],
    [5, Math.log(24)],
    [10.5, 13.940625219403763],
    [0.5, Math.log(Math.sqrt(Math.PI))],
  ])('lnΓ(%d)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });
});

describe('poissonUpperTail', () => {
  test.each([
    // k, mean, P(X ≥ k)
    [0, 3, 1],
    [1, 1, 1 - Math.exp(-1)],
    [3, 1, 1 - Math.exp(-1) * 2.5],
    [10, 2, 4.649807501726e-5],
    [5, 0, 0],
  ])('P(X ≥ %d | mean %d)', (k, mean, expected) => {
    expect(poissonUpperTail(k, mean)).toBeCloseTo(expected, 12);
  });

  test('tiny tails stay accurate instead of rounding to zero', () => {
    const p = poissonUpperTail(200, 100);
    expect(p).toBeGreaterThan(1e-20);
    expect(p).toBeLessThan(1e-17);
  });
});

describe('countUpperTail (negative binomial)', () => {
  test('equals Poisson without overdispersion', () => {
    expect(countUpperTail(12, 5, 0)).toBeCloseTo(poissonUpperTail(12, 5), 12);
  });

  test.each([
    // mean 1, size 2: P(X ≥ 3) = 1 − (4/9)(1 + 2/3 + 1/3)
    [3, 1, 0.5, 1 / 9],
  ])('P(X ≥ %d | mean %d, overdispersion %d)', (k, mean, overdispersion, expected) => {
    expect(countUpperTail(k, mean, overdispersion)).toBeCloseTo(expected, 10);
  });

  test('overdispersion makes a high count less surprising', () => {
    expect(countUpperTail(150, 100, 0.02)).toBeGreaterThan(countUpperTail(150, 100, 0) * 100);
  });
});

describe('binomialUpperTail', () => {
  test.each([
    [0, 10, 0.2, 1],
    [4, 8, 0.2, 0.0562816],
    [11, 10, 0.5, 0],
    [10, 10, 0.5, 1 / 1024],
  ])('P(K ≥ %d | n %d, p %d)', (k, n, p, expected) => {
    expect(binomialUpperTail(k, n, p)).toBeCloseTo(expected, 9);
  });
});
