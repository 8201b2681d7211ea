// Copies the font files Kiji loads, and their licence texts, out of the npm font packages (which
// carry every weight, about 120 MB) into files/, the only fonts this package ships.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'files');

const fromPackage = (pkg, file) =>
  join(dirname(require.resolve(`@expo-google-fonts/${pkg}/package.json`)), file);

/** file in files/ -> where it comes from */
const FILES = {
  'NotoSerifJP-Regular.ttf': fromPackage('noto-serif-jp', '400Regular/NotoSerifJP_400Regular.ttf'),
  'NotoSerifJP-Bold.ttf': fromPackage('noto-serif-jp', '700Bold/NotoSerifJP_700Bold.ttf'),
  'NotoSansJP-Regular.ttf': fromPackage('noto-sans-jp', '400Regular/NotoSansJP_400Regular.ttf'),
  'NotoSansJP-Bold.ttf': fromPackage('noto-sans-jp', '700Bold/NotoSansJP_700Bold.ttf'),
  'SourceSerif4-Italic.ttf': fromPackage(
    'source-serif-4',
    '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  ),
  'SourceSerif4-BoldItalic.ttf': fromPackage(
    'source-serif-4',
    '700Bold_Italic/SourceSerif4_700Bold_Italic.ttf',
  ),
  'NotoEmoji-Regular.ttf': fromPackage('noto-emoji', '400Regular/NotoEmoji_400Regular.ttf'),
  'OFL-NotoSerifJP.txt': fromPackage('noto-serif-jp', 'LICENSE_FONT'),
  'OFL-NotoSansJP.txt': fromPackage('noto-sans-jp', 'LICENSE_FONT'),
  'OFL-SourceSerif4.txt': fromPackage('source-serif-4', 'LICENSE_FONT'),
  'OFL-NotoEmoji.txt': fromPackage('noto-emoji', 'LICENSE_FONT'),
};

mkdirSync(out, { recursive: true });
for (const name of readdirSync(out)) if (!(name in FILES)) rmSync(join(out, name));
for (const [name, source] of Object.entries(FILES)) copyFileSync(source, join(out, name));
