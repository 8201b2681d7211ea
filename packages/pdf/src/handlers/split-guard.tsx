import { View } from '@react-pdf/renderer';

/**
 * An empty first child for a container that may be split across pages. react-pdf keeps a whole
 * container on a page when none of its children fits and it is the first thing at its level, so
 * its lines run over the bottom margin; with this guard in front, the content moves on instead.
 */
export const SplitGuard = () => <View />;
