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
  units2025Anchor: 'tu-01-07-2025',
  units2025Breadcrumb: '34 tỉnh, thành phố từ 01/07/2025',
  unchangedLead: 'Xếp hạng, kết quả rà soát hộ nghèo và các chỉ tiêu khác ở trang',
  unchangedLink: (name: string) => `${name} trước 01/07/2025`,
  /** The page of a unit since 1 July 2025. */
  unit2025: {
    predecessorsHeading: 'Các tỉnh trước đây',
    predecessorsIntro:
      'Mọi số liệu thống kê Thước Đo có đều tính theo 63 tỉnh, thành phố trước 01/07/2025. Trang của từng tỉnh cũ có đủ xu hướng, xếp hạng và các chỉ tiêu.',
    trendMissing: 'Thước Đo chưa có số liệu tỷ lệ hộ nghèo theo chuẩn thu nhập của các tỉnh này.',
    rateHeading: (name: string) => `Tỷ lệ hộ nghèo chung của ${name} mới`,
    rateCaption: (year: number, standard: string) => `Số hộ nghèo và tổng số hộ năm ${year}, ${standard}`,
    rateColumns: {
      province: 'Tỉnh trước 01/07/2025',
      poor: 'Số hộ nghèo',
      total: 'Tổng số hộ',
      published: 'Tỷ lệ hộ nghèo',
      source: 'Nguồn',
    },
    rateTotal: (name: string) => `${name} mới (cộng lại)`,
    knownHeading: 'Sau năm 2025: đã biết và chưa biết',
    knownIntro:
      'Chưa có nguồn nào công bố chuỗi số liệu theo 34 tỉnh, thành phố mới. Các bộ dữ liệu theo tỉnh của Thước Đo đều tính theo 63 tỉnh cũ, và dừng ở năm sau:',
    lastYear: (year: number) => `đến năm ${year}`,
    knownNext:
      'Khi Tổng cục Thống kê hay các bộ, ngành công bố số liệu theo tỉnh mới, Thước Đo sẽ đưa vào trang này và ghi rõ chỗ nối với chuỗi cũ.',
  },
  storiesHeading: 'Bài viết về',
  noStories: 'Chưa có bài viết về tỉnh này.',
} as const;
