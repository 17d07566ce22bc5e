/** The data catalog's interface strings, part of the interface strings of `src/lib/ui/`. */
export const catalogStrings = {
  catalogTitle: 'Dữ liệu',
  catalogDescription: 'Các bộ dữ liệu của Thước Đo: nguồn, giấy phép, lưu ý, các cột và tệp CSV để tải về.',
  catalogIntro:
    'Mọi con số trên Thước Đo đều lấy từ các tệp dữ liệu dưới đây. Mỗi tệp ghi rõ nguồn, giấy phép và những lưu ý khi dùng; bạn có thể tải về đúng tệp CSV chúng tôi dùng.',
  topics: 'Chủ đề',
  publishers: 'Nguồn',
  rows: 'Số dòng',
  years: 'Năm',
  noYears: 'không theo năm',
  file: 'Tệp',
  decimal: 'Dấu thập phân trong tệp',
  decimalMarks: { '.': 'dấu chấm (1417.3)', ',': 'dấu phẩy (1.417,3)' },
  download: 'Tải CSV',
  downloadExcel: 'Tải CSV cho Excel',
  downloadExcelNote: 'Cùng số liệu, mở đúng tiếng Việt trong Excel.',
  facts: 'Thông tin chung',
  sources: 'Nguồn',
  sourceId: 'mã nguồn',
  reliability: { official: 'văn bản, số liệu chính thức', press: 'báo chí', secondary: 'nguồn thứ cấp' },
  notCredited: 'chỉ là bản đã đọc, không ghi trong dòng nguồn của biểu đồ',
  reading: 'Cách đọc số',
  values: 'Các giá trị',
  licence: 'Giấy phép',
  caveats: 'Lưu ý khi dùng',
  columns: 'Các cột',
  columnsCaption: 'Các cột của tệp: tên cột trong tệp, ý nghĩa, dạng, đơn vị, ô trống và khoảng giá trị',
  columnHeaders: {
    name: 'Tên cột trong tệp',
    label: 'Ý nghĩa',
    type: 'Dạng',
    unit: 'Đơn vị',
    nullable: 'Ô trống',
    range: 'Khoảng giá trị',
  },
  nullable: 'có thể trống',
  notNullable: 'không',
  valueInFile: 'trong tệp',
  provenanceColumn: 'ghi nguyên văn của nguồn hoặc người thu thập; có trong tệp CSV, không hiện ở phần xem trước',
  eachRow: (what: string) => `Mỗi dòng là ${what}.`,
  rowKey: (labels: readonly string[]) =>
    labels.length > 1
      ? `Không có hai dòng nào trùng nhau ở cả ${labels.slice(0, -1).join(', ')} và ${labels.at(-1)}.`
      : `Không có hai dòng nào trùng nhau ở cột ${labels[0]}.`,
  developers: 'Dành cho người lập trình',
  primaryKey: 'Khóa chính (primary key)',
  columnTypes: 'Kiểu của từng cột trong lược đồ (schema)',
  origin: 'Nguồn gốc',
  originalTitle: 'Tên gốc',
  originalNote: 'Ghi chú gốc của người thu thập (tiếng Anh)',
  preview: 'Xem trước',
  previewOf: (shown: string, total: string) => `${shown} dòng đầu trong tổng số ${total} dòng`,
  previewAll: (total: string) => `Toàn bộ ${total} dòng`,
  previewOmits: (labels: readonly string[]) =>
    `Phần xem trước không hiện ${labels.length > 1 ? 'các cột' : 'cột'} ${labels.join(', ')}: ${
      labels.length > 1 ? 'các cột này ghi' : 'cột này ghi'
    } nguyên văn của nguồn hoặc của người thu thập (phần lớn bằng tiếng Anh), có đủ trong tệp CSV.`,
} as const;
