import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const fontFile = (pkg: string, file: string): string =>
  join(dirname(require.resolve(`${pkg}/package.json`)), file);

/** The OFL fonts Kiji ships with, as file paths inside their npm packages. */
export function bundledFonts(): {
  serif: { normal: string; bold: string };
  sans: { normal: string; bold: string };
  italic: { normal: string; bold: string };
  fallback: string[];
} {
  return {
    serif: {
      normal: fontFile('@expo-google-fonts/noto-serif-jp', '400Regular/NotoSerifJP_400Regular.ttf'),
      bold: fontFile('@expo-google-fonts/noto-serif-jp', '700Bold/NotoSerifJP_700Bold.ttf'),
    },
    sans: {
      normal: fontFile('@expo-google-fonts/noto-sans-jp', '400Regular/NotoSansJP_400Regular.ttf'),
      bold: fontFile('@expo-google-fonts/noto-sans-jp', '700Bold/NotoSansJP_700Bold.ttf'),
    },
    // Source Serif is the Latin design of Noto Serif JP: its italic sets Latin emphasis.
    italic: {
      normal: fontFile(
        '@expo-google-fonts/source-serif-4',
        '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
      ),
      bold: fontFile('@expo-google-fonts/source-serif-4', '700Bold_Italic/SourceSerif4_700Bold_Italic.ttf'),
    },
    fallback: [fontFile('@expo-google-fonts/noto-emoji', '400Regular/NotoEmoji_400Regular.ttf')],
  };
}
