import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { EXPORT_FONT } from './exportStyle.ts';

const require = createRequire(import.meta.url);
/**
 * Noto Sans (SIL Open Font License) carries every Vietnamese glyph, stacked diacritics included.
 * DejaVu Sans (free licence, see its package) is only the fallback for the few symbols Noto Sans
 * lacks: `≈`, the mark of an approximate figure.
 */
export const fontFiles = [
  ...['400Regular/NotoSans_400Regular.ttf', '600SemiBold/NotoSans_600SemiBold.ttf', '700Bold/NotoSans_700Bold.ttf'].map((file) =>
    require.resolve(`@expo-google-fonts/noto-sans/${file}`),
  ),
  // Regular only: a fallback glyph in bold text is rare, and each face loaded costs every PNG time.
  require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
];

/**
 * Rasterises a standalone chart SVG to PNG at twice its size, with the bundled fonts only, so the
 * image is the same on every machine.
 */
export function pngFromSvg(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: EXPORT_FONT, sansSerifFamily: EXPORT_FONT },
  });
  return resvg.render().asPng();
}
