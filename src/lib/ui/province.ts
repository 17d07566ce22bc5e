/**
 * The fixed wording of the province pages, part of the interface strings of `src/lib/ui/`
 * (with `strings.ts` and `catalog.ts`). Sentences that carry numbers are written where they are
 * computed.
 */
export const provinceText = {
  noData: 'Thước Đo chưa có số liệu',
  noValueThatYear: 'Không có số liệu',
  cannotCompute: 'Không tính được',
  notPrinted: 'Nguồn không công bố số này',
  preliminary: 'Số sơ bộ.',
  latestWithValue: 'Năm gần nhất có số liệu.',
  country: 'Cả nước',
  reviewNotSurvey: 'Số rà soát hành chính của địa phương, không phải số khảo sát của Tổng cục Thống kê.',
  breadcrumbProvinces: 'Tỉnh, thành phố',
  trendHeading: 'Tỷ lệ hộ nghèo',
  trendMissing: 'Thước Đo chưa có số liệu tỷ lệ hộ nghèo theo chuẩn thu nhập của tỉnh này.',
  ranksHeading: 'Xếp hạng tỷ lệ hộ nghèo',
  ranksIntro: 'Hạng 1 là nơi có tỷ lệ hộ nghèo cao nhất, tức nghèo nhất. Các tỉnh cùng tỷ lệ được xếp đồng hạng.',
  indicatorsHeading: 'Số liệu Thước Đo có về',
  indicatorsIntro:
    'Mỗi dòng dẫn tới bộ dữ liệu gốc, với nguồn và các lưu ý. Chỉ tiêu nào Thước Đo chưa có số liệu, bảng vẫn ghi rõ.',
  indicatorColumns: { indicator: 'Chỉ tiêu', year: 'Năm', value: 'Giá trị', note: 'Ghi chú và nguồn', dataset: 'Bộ dữ liệu' },
  reviewHeading: (from: number, to: number) => `Kết quả rà soát hộ nghèo ${from}–${to}`,
  reviewCaveat:
    'Đây là kết quả rà soát hộ nghèo hành chính theo chuẩn nghèo đa chiều 2022–2025: xã rà soát từng hộ, tỉnh phê duyệt, Bộ Lao động – Thương binh và Xã hội tổng hợp. Đó không phải số khảo sát mức sống của Tổng cục Thống kê; hai loại số đo khác nhau và không nối thành một chuỗi. Năm 2021 là số đầu kỳ theo chuẩn mới.',
  reviewGaps:
    'Năm “chưa có số liệu” là năm Thước Đo chưa đọc được kết quả rà soát của tỉnh, không có nghĩa là tỉnh không còn hộ nghèo; khoảng trống được để nguyên, không ước tính. Ô “–” là số nguồn không in.',
  reviewNone: (from: number, to: number, provinces: number) =>
    `Thước Đo chưa đọc được kết quả rà soát hộ nghèo nào của tỉnh này trong các năm ${from}–${to}; bộ dữ liệu mới có số của ${provinces} tỉnh.`,
  reviewNoValueYet: 'Chưa có số liệu',
  reviewNotPrinted: '–',
  reviewCaption: (name: string, from: number, to: number) => `Kết quả rà soát hộ nghèo của ${name}, ${from}–${to}`,
  reviewColumns: {
    year: 'Năm',
    poor: 'Số hộ nghèo',
    rate: 'Tỷ lệ hộ nghèo',
    nearRate: 'Tỷ lệ hộ cận nghèo',
    source: 'Nguồn',
    reading: 'Cách đọc số',
  },
  dataset: 'Bộ dữ liệu',
  factsHeading: 'Theo báo cáo của tỉnh',
  factsIntro:
    'Các tỷ lệ dưới đây là số do tỉnh báo cáo, như báo chí đưa tin, viết đúng cách tỉnh gọi chỉ tiêu. Đó không phải số điều tra của Tổng cục Thống kê.',
  factsSource: 'Nguồn',
  factsCorroborated: 'Cùng số trên',
  storiesHeading: 'Bài viết về',
  noStories: 'Chưa có bài viết về tỉnh này.',
} as const;
