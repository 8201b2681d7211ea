import { createElement, Fragment, type ReactNode } from 'react';

/**
 * Give positional children keys by wrapping each in a keyed fragment (React's Children.toArray
 * re-keys by cloning, which makes React re-check the composed lines and warn).
 */
export const keyed = (items: readonly ReactNode[]): ReactNode[] =>
  items.map((item, index) => createElement(Fragment, { key: `k${index}` }, item));
