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
  breadcrumbHome: 'Trang chủ',
  breadcrumbLabel: 'Đường dẫn',
  breadcrumbProvinces: 'Tỉnh, thành phố',
  trendHeading: 'Tỷ lệ hộ nghèo',
  trendMissing: 'Thước Đo chưa có số liệu tỷ lệ hộ nghèo theo chuẩn thu nhập của tỉnh này.',
  ranksHeading: 'Xếp hạng tỷ lệ hộ nghèo',
  ranksIntro: 'Hạng 1 là nơi có tỷ lệ hộ nghèo cao nhất, tức nghèo nhất. Các tỉnh cùng tỷ lệ được xếp đồng hạng.',
  indicatorsHeading: 'Số liệu Thước Đo có về',
  indicatorsIntro:
    'Mỗi dòng dẫn tới bộ dữ liệu gốc, với nguồn và các lưu ý. Chỉ tiêu nào Thước Đo chưa có số liệu, bảng vẫn ghi rõ.',
  indicatorColumns: { indicator: 'Chỉ tiêu', year: 'Năm', value: 'Giá trị', note: 'Ghi chú và nguồn', dataset: 'Bộ dữ liệu' },
  storiesHeading: 'Bài viết về',
  noStories: 'Chưa có bài viết về tỉnh này.',
} as const;
