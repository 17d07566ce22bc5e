export { chartCitation, type CitationInput } from './citation.ts';
export { chartCsv } from './chartCsv.ts';
export { pngFromSvg } from './png.ts';
export {
  ampHeightMessage,
  chartIdOfEmbedUrl,
  EMBED_SANDBOX,
  heightMessage,
  heightRequest,
  HEIGHT_REQUEST_TYPE,
  HEIGHT_TYPE,
  isHeightRequest,
  pymHeightMessage,
  readHeightMessage,
  type HeightMessage,
} from './protocol.ts';
export { embedIframe, embedSnippet, type EmbedTarget } from './snippet.ts';
export { standaloneSvg } from './standaloneSvg.ts';
export { chartOEmbed, chartUrl, svgSize, type OEmbed } from './oembed.ts';
