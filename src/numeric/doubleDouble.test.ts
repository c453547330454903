import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { add, dd, div, mul, sub, toNumber } from './doubleDouble.ts';

const finite = fc.double({ min: -1e150, max: 1e150, noNaN: true, noDefaultInfinity: true });

// exact rational arithmetic on doubles through BigInt: a double is m·2^e exactly
function toRational(x: number): [bigint, bigint] {
  if (x === 0) return [0n, 1n];
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return [BigInt(m), 1n << BigInt(e)];
}

test.prop([finite, finite])('a + b is exact in double-double: (hi + lo) − a = b', (a, b) => {
  const s = add(dd(a), dd(b));
  const [sn, sd] = toRational(s.hi);
  const [ln, ld] = toRational(s.lo);
  const [an, ad] = toRational(a);
  const [bn, bd] = toRational(b);
  // sn/sd + ln/ld = an/ad + bn/bd, cross-multiplied
  expect((sn * ld + ln * sd) * ad * bd).toBe((an * bd + bn * ad) * sd * ld);
});

test.prop([finite, finite])('a·b is exact in double-double when it does not underflow', (a, b) => {
  fc.pre(a === 0 || b === 0 || Math.abs(a * b) > 1e-250);
  const p = mul(dd(a), dd(b));
  const [pn, pd] = toRational(p.hi);
  const [ln, ld] = toRational(p.lo);
  const [an, ad] = toRational(a);
  const [bn, bd] = toRational(b);
  expect((pn * ld + ln * pd) * ad * bd).toBe(an * bn * pd * ld);
});

test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true })])('(1/x)·x − 1 is below 1e-30', (x) => {
  const r = sub(mul(div(dd(1), dd(x)), dd(x)), dd(1));
  expect(Math.abs(toNumber(r))).toBeLessThan(1e-30);
});
