export { chartCitation, type CitationInput } from './citation.ts';
export { chartCsv } from './chartCsv.ts';
export { pngFromSvg } from './png.ts';
export {
  ampHeightMessage,
  chartIdOfEmbedUrl,
  heightMessage,
  HEIGHT_TYPE,
  pymHeightMessage,
  readHeightMessage,
  type HeightMessage,
} from './protocol.ts';
export { embedSnippet, type EmbedTarget } from './snippet.ts';
export { standaloneSvg } from './standaloneSvg.ts';
export { chartOEmbed, chartUrl, svgSize, type OEmbed } from './oembed.ts';
