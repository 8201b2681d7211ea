// The fonts the preview draws with, served from the app's own assets (no CDN): Vite copies each
// file into the build and gives its URL.
import emoji from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import sans from '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf?url';
import sansBold from '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf?url';
import serif from '@expo-google-fonts/noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf?url';
import serifBold from '@expo-google-fonts/noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf?url';
import type { FontFace } from '@kiji/html';

export const fontUrls = { serif, serifBold, sans, sansBold, emoji };

/** `@font-face` rules for the HTML view; `base` makes the URLs absolute (the view is an iframe). */
export function htmlFontFaces(base: string): FontFace[] {
  const at = (url: string) => new URL(url, base).href;
  return [
    { family: 'Noto Serif JP', src: at(serif), weight: 400, format: 'truetype' },
    { family: 'Noto Serif JP', src: at(serifBold), weight: 700, format: 'truetype' },
    { family: 'Noto Sans JP', src: at(sans), weight: 400, format: 'truetype' },
    { family: 'Noto Sans JP', src: at(sansBold), weight: 700, format: 'truetype' },
    { family: 'Noto Emoji', src: at(emoji), weight: 400, format: 'truetype' },
  ];
}
