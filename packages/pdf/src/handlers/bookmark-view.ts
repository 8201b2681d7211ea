import { View } from '@react-pdf/renderer';
import type { ComponentType, ReactNode } from 'react';

/** react-pdf's View with the `bookmark` prop it supports at run time but does not type on View. */
export const BookmarkView = View as unknown as ComponentType<{
  bookmark: { title: string; fit?: boolean; expanded?: boolean };
  id?: string;
  children?: ReactNode;
}>;
