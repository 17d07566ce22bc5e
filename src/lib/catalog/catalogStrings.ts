/**
 * The data catalog's interface strings. They belong with the rest in `src/lib/ui/strings.ts`;
 * they sit here until that module takes them.
 */
export const catalogStrings = {
  catalogTitle: 'Dữ liệu',
  catalogDescription: 'Các bộ dữ liệu của Thước Đo: nguồn, giấy phép, lưu ý, các cột, và tệp CSV để tải về.',
  catalogIntro:
    'Mọi con số trên Thước Đo đều lấy từ các tệp dữ liệu dưới đây. Mỗi tệp ghi rõ nguồn, giấy phép và những lưu ý khi dùng; bạn có thể tải về đúng tệp CSV chúng tôi dùng.',
  breadcrumb: 'Đường dẫn',
  home: 'Trang chủ',
  topics: 'Chủ đề',
  publishers: 'Nguồn',
  rows: 'Số dòng',
  years: 'Năm',
  noYears: 'không theo năm',
  file: 'Tệp',
  decimal: 'Dấu thập phân trong tệp',
  decimalMarks: { '.': 'dấu chấm (1417.3)', ',': 'dấu phẩy (1.417,3)' },
  download: 'Tải CSV',
  facts: 'Thông tin chung',
  sources: 'Nguồn',
  sourceId: 'mã nguồn',
  licence: 'Giấy phép',
  caveats: 'Lưu ý khi dùng',
  columns: 'Các cột',
  columnsCaption: 'Các cột của tệp: tên, ý nghĩa, kiểu, đơn vị, ô trống và khoảng giá trị',
  columnHeaders: { name: 'Cột', label: 'Ý nghĩa', type: 'Kiểu', unit: 'Đơn vị', nullable: 'Ô trống', range: 'Khoảng giá trị' },
  nullable: 'có thể trống',
  notNullable: 'không',
  primaryKey: 'Khóa chính',
  primaryKeyNote: (columns: number) =>
    columns > 1 ? 'mỗi dòng có một tổ hợp giá trị riêng ở các cột này' : 'mỗi dòng có một giá trị riêng ở cột này',
  preview: 'Xem trước',
  previewOf: (shown: string, total: string) => `${shown} dòng đầu trong tổng số ${total} dòng`,
  previewAll: (total: string) => `Cả ${total} dòng`,
} as const;
