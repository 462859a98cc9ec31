import { nextFreeSlug } from './slugs.js';

describe('nextFreeSlug', () => {
  it('keeps the base when it is free', () => {
    expect(nextFreeSlug('food-bank', new Set(['food-bank-2']))).toBe('food-bank');
  });

  it('numbers from 2, stepping over every number taken', () => {
    expect(nextFreeSlug('food-bank', new Set(['food-bank']))).toBe('food-bank-2');
    expect(nextFreeSlug('food-bank', new Set(['food-bank', 'food-bank-2', 'food-bank-3']))).toBe('food-bank-4');
  });
});
