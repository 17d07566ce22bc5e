import { capitalise } from '../format/names.ts';

/**
 * Every message an editor can meet, in one catalogue: a key (English, stable, used by code and
 * tests) → a Vietnamese template and a hint saying what to do. Data files, schemas, chart specs,
 * story front matter, MDX and data references all report through `say`, and the tables of errors
 * in docs/viet-bai.md, docs/du-lieu.md and docs/bieu-do.md are generated from this file
 * (`npm run docs:errors`; tests/lib/ui/messages.test.ts fails when they differ).
 *
 * Templates name their values in braces: `dòng có {fields} ô`. The value itself (a cell, a field)
 * is shown by the caller beside the message (`giá trị "abc"`), so templates stay short. Logs meant
 * for developers stay in English and do not belong here.
 */

/** The editors' guides whose "Lỗi thường gặp" table lists a message. */
export type Guide = 'viet-bai' | 'du-lieu' | 'bieu-do';

export interface MessageEntry {
  /** The guides that list it, first the one it belongs to most. */
  guides: readonly Guide[];
  /** What is wrong, in Vietnamese: a clause that follows the place and the value. */
  text: string;
  /** What to do about it, in Vietnamese. */
  hint: string;
}

const story = ['viet-bai'] as const;
const data = ['du-lieu'] as const;
const chart = ['bieu-do'] as const;
const all = ['viet-bai', 'du-lieu', 'bieu-do'] as const;

export const messages = {
  // ── Fields of YAML: story front matter, dataset schemas, chart specs ─────────────────────────
  'yaml.syntax': {
    guides: all,
    text: 'YAML viết sai cú pháp ở đây',
    hint: 'kiểm tra thụt lề (dùng dấu cách, không dùng tab) và đặt trong ngoặc nháy giá trị có dấu hai chấm, ví dụ title: "Lai Châu: ba năm giảm nghèo"',
  },
  'yaml.duplicateKey': {
    guides: all,
    text: 'trường này được viết hai lần',
    hint: 'giữ một dòng cho mỗi trường, xóa dòng thừa',
  },
  'field.required': {
    guides: all,
    text: 'thiếu trường bắt buộc "{field}"',
    hint: 'thêm trường này; các trường và ví dụ có trong {guide}',
  },
  'field.unknown': {
    guides: all,
    text: 'không có trường "{field}" ở đây',
    hint: 'sửa tên trường cho đúng (chữ hoa, chữ thường như trong hướng dẫn), hoặc xóa dòng này',
  },
  'field.empty': {
    guides: all,
    text: 'không được để trống',
    hint: 'điền nội dung cho trường này',
  },
  'field.wrongType': {
    guides: all,
    text: 'cần {expected}, không phải {received}',
    hint: 'sửa giá trị theo ví dụ trong {guide}',
  },
  'field.notOneOf': {
    guides: all,
    text: 'không phải giá trị được phép',
    hint: 'dùng một trong: {options}',
  },
  'field.tooFewItems': {
    guides: all,
    text: 'cần ít nhất {minimum} mục',
    hint: 'thêm mục vào danh sách',
  },
  'field.tooManyItems': {
    guides: all,
    text: 'nhiều nhất {maximum} mục',
    hint: 'bớt mục khỏi danh sách',
  },
  'field.tooSmall': {
    guides: all,
    text: 'nhỏ hơn {minimum}',
    hint: 'viết một số từ {minimum} trở lên',
  },
  'field.tooBig': {
    guides: all,
    text: 'lớn hơn {maximum}',
    hint: 'viết một số không quá {maximum}',
  },
  'field.invalid': {
    guides: all,
    text: 'giá trị không hợp lệ',
    hint: 'sửa theo ví dụ trong {guide}',
  },
  'field.webUrl': {
    guides: ['du-lieu', 'viet-bai'],
    text: 'không phải địa chỉ trang web bắt đầu bằng https:// (hoặc http://)',
    hint: 'chỉ dùng địa chỉ trang web, ví dụ https://www.gso.gov.vn',
  },
  'field.slugName': {
    guides: story,
    text: 'không có chữ cái hay chữ số nào để làm đường dẫn',
    hint: 'viết thẻ, tác giả hay chuyên mục bằng chữ, ví dụ "Giảm nghèo"',
  },
  'text.invisible': {
    guides: all,
    text: 'có ký tự ẩn {character} ở ký tự thứ {index}',
    hint: 'xóa ký tự đó (gõ lại đoạn chữ quanh nó, hoặc dán dưới dạng chữ thuần); thường do dán từ Word',
  },
  'text.tooLong': {
    guides: all,
    text: 'dài {length} ký tự, quá {maximum} ký tự mà trường này nhận',
    hint: 'rút gọn; giải thích dài đưa vào ghi chú (note) hoặc vào bài viết',
  },

  // ── Stories ─────────────────────────────────────────────────────────────────────────────────
  'story.noFrontMatter': {
    guides: story,
    text: 'tệp không có phần đầu bài (front matter) giữa hai dòng ---',
    hint: 'mở đầu tệp bằng một dòng ---, các trường title, lede, publishedAt, authors, section, rồi một dòng ---; npm run new:story tạo sẵn mẫu',
  },
  'story.fieldRequired': {
    guides: story,
    text: 'phần đầu bài thiếu trường bắt buộc "{field}"',
    hint: 'thêm một dòng như {example}',
  },
  'story.dateNoOffset': {
    guides: story,
    text: 'ngày giờ thiếu múi giờ',
    hint: 'viết thêm múi giờ Việt Nam +07:00 ở cuối; không có nó, 08:00 bị đọc là 08:00 giờ quốc tế, tức 15:00 ở Việt Nam, và bài có thể chưa được đăng',
  },
  'story.dateInvalid': {
    guides: story,
    text: 'không phải ngày giờ',
    hint: 'viết ngày giờ như 2026-11-26T08:00:00+07:00 (năm-tháng-ngàyTgiờ:phút:giây+07:00)',
  },
  'story.provinceCode': {
    guides: story,
    text: 'mã tỉnh phải có hai chữ số, trong ngoặc nháy',
    hint: "viết như provinces: ['12'] (mã trong data/geo/provinces.csv)",
  },
  'story.unknownProvince': {
    guides: story,
    text: 'không có tỉnh nào mang mã này',
    hint: 'dùng mã hai chữ số trong data/geo/provinces.csv, ví dụ 12 là Lai Châu',
  },
  'story.noAuthor': {
    guides: story,
    text: 'cần ít nhất một tác giả',
    hint: 'viết như authors: [Ban Dữ liệu Thước Đo]',
  },
  'story.section': {
    guides: story,
    text: 'chuyên mục cần đúng hai tên: chuyên mục và mục con',
    hint: 'viết như section: [Xã hội, An sinh xã hội]',
  },
  'story.heroPath': {
    guides: story,
    text: 'đường dẫn ảnh phải bắt đầu bằng / và nằm trong thư mục public/',
    hint: 'ví dụ /anh/lai-chau.jpg là tệp public/anh/lai-chau.jpg',
  },
  'story.heroMissing': {
    guides: story,
    text: 'không có ảnh này trong public/',
    hint: 'đặt ảnh vào public{src}, hoặc sửa đường dẫn',
  },
  'story.emptySlug': {
    guides: story,
    text: 'tên tệp không có chữ cái hay chữ số nào để làm đường dẫn của bài',
    hint: 'đặt tên tệp bằng các chữ của tiêu đề, ví dụ giam-ngheo-lai-chau.mdx',
  },
  'story.sameAddress': {
    guides: story,
    text: 'đăng ở cùng địa chỉ {path} với {other}',
    hint: 'đổi tên một trong hai tệp, hoặc xóa tệp không cần đăng',
  },
  'story.unknownChart': {
    guides: ['viet-bai', 'bieu-do'],
    text: 'không có biểu đồ nào mang mã này',
    hint: 'mã biểu đồ là tên tệp (không có .yaml) trong src/content/charts/',
  },
  'story.chartIdNotLiteral': {
    guides: story,
    text: '<Chart> cần mã biểu đồ viết trong ngoặc kép',
    hint: 'viết như <Chart id="ban-do-ty-le-ho-ngheo-2006-2016" />',
  },
  'story.unknownComponent': {
    guides: story,
    text: 'không có thành phần <{name}>',
    hint: 'bài viết dùng được <Chart>, <So>, <DataValue>, <DataChange>, <DataRank>; viết đúng chữ hoa, chữ thường',
  },

  'story.expression': {
    guides: story,
    text: 'bài viết không chạy được mã trong ngoặc nhọn { }',
    hint: 'số lấy từ dữ liệu thì dùng <So> hoặc <DataValue>; muốn in dấu { trong câu thì viết \\{; ghi chú cho người biên tập viết {/* … */}',
  },
  'story.import': {
    guides: story,
    text: 'bài viết không cần và không dùng được dòng import này',
    hint: 'xoá dòng này: mọi bài viết đều dùng được <Chart>, <So>, <DataValue>, <DataChange>, <DataRank> mà không cần import',
  },

  // ── MDX syntax ──────────────────────────────────────────────────────────────────────────────
  'mdx.tag': {
    guides: story,
    text: 'thẻ <…> viết sai ở đây (ký tự {character} không đúng chỗ)',
    hint: 'thẻ viết liền như <So bo="…" tinh="Lai Châu" nam="2006" />, mỗi giá trị trong ngoặc kép; muốn in dấu < trong câu thì viết \\<',
  },
  'mdx.unclosed': {
    guides: story,
    text: 'thẻ <…> hoặc ngoặc nhọn { mở ra mà không đóng',
    hint: 'kết thúc thẻ bằng />, ví dụ <Chart id="…" />; đóng mọi ngoặc nhọn {',
  },
  'mdx.closingTag': {
    guides: story,
    text: 'thẻ đóng không khớp với thẻ mở',
    hint: 'thẻ của Thước Đo tự đóng bằng />, không cần thẻ đóng </…>',
  },
  'mdx.expression': {
    guides: story,
    text: 'nội dung trong ngoặc nhọn { } viết sai',
    hint: "muốn in dấu { trong câu thì viết \\{; điều kiện viết như where={{ province_code: '12', year: 2006 }}",
  },
  'mdx.syntax': {
    guides: story,
    text: 'tệp MDX có lỗi cú pháp ở đây',
    hint: 'kiểm tra các thẻ <…> và ngoặc nhọn { } ở dòng này (chi tiết kỹ thuật: {detail})',
  },

  // ── Numbers from data in a story: <So>, <DataValue>, <DataChange>, <DataRank> ────────────────
  'ref.propMissing': {
    guides: story,
    text: '<{component}> thiếu thuộc tính "{prop}"',
    hint: 'viết như {example}',
  },
  'ref.propUnknown': {
    guides: story,
    text: '<{component}> không có thuộc tính "{prop}"',
    hint: 'các thuộc tính của <{component}>: {props}',
  },
  'ref.propNotLiteral': {
    guides: story,
    text: 'giá trị của "{prop}" phải viết trực tiếp',
    hint: 'viết chữ trong ngoặc kép (dataset="…"), số trong ngoặc nhọn (digits={1}) hoặc điều kiện như where={{ province_code: \'12\', year: 2006 }}',
  },
  'ref.unknownUnit': {
    guides: story,
    text: 'không có đơn vị này',
    hint: 'dùng một trong: {options}',
  },
  'ref.noRowMatches': {
    guides: story,
    text: 'không dòng nào của {dataset} khớp cùng lúc {where}',
    hint: 'với các điều kiện còn lại, "{column}" chỉ có: {values}',
  },
  'ref.manyRows': {
    guides: story,
    text: '{count} dòng của {dataset} khớp {where}; cần đúng một dòng',
    hint: 'thêm điều kiện để chọn một dòng, theo cột {columns}',
  },
  'ref.emptyCell': {
    guides: story,
    text: 'ô "{column}" của dòng được chọn ({place}) để trống: nguồn không có số này',
    hint: 'đừng viết số này trong bài, hoặc chọn dòng, cột khác',
  },
  'ref.notNumber': {
    guides: story,
    text: 'cột "{column}" của {dataset} chứa chữ, không phải số',
    hint: 'chọn cột chứa số: {columns}',
  },
  'ref.notRanked': {
    guides: story,
    text: 'dòng được chọn không nằm trong các dòng được xếp hạng ({among})',
    hint: "sửa among cho gồm cả dòng này, ví dụ among={{ level: 'province' }}",
  },
  'so.unknownProvince': {
    guides: story,
    text: 'không phải tên hay mã tỉnh nào',
    hint: 'viết tên tỉnh có dấu như trong data/geo/provinces.csv, hoặc mã hai chữ số',
  },
  'so.noProvinceColumn': {
    guides: story,
    text: 'bộ dữ liệu {dataset} không có cột tỉnh để chọn theo tinh=',
    hint: 'bỏ tinh=, chọn dòng bằng một cột của bộ dữ liệu: {columns}',
  },
  'so.noYearColumn': {
    guides: story,
    text: 'bộ dữ liệu {dataset} không có cột năm để chọn theo nam=',
    hint: 'bỏ nam=, chọn dòng bằng một cột của bộ dữ liệu: {columns}',
  },
  'so.notYear': {
    guides: story,
    text: 'không phải năm',
    hint: 'viết năm đủ bốn chữ số, ví dụ nam="2006"',
  },
  'so.noIndicatorColumn': {
    guides: story,
    text: 'bộ dữ liệu {dataset} không có cột indicator để chọn theo chitieu=',
    hint: 'chọn cột chứa số bằng cot="…", một trong: {columns}',
  },
  'so.whichColumn': {
    guides: story,
    text: 'bộ dữ liệu {dataset} có nhiều cột số, chưa rõ lấy cột nào',
    hint: 'thêm cot="…", một trong: {columns}',
  },

  // ── Data: CSV files and their schemas ───────────────────────────────────────────────────────
  'data.unknownDataset': {
    guides: ['viet-bai', 'bieu-do'],
    text: 'không có bộ dữ liệu nào mang mã này',
    hint: 'mã bộ dữ liệu là tên tệp CSV trong data/, không có .csv',
  },
  'data.unknownColumn': {
    guides: ['viet-bai', 'bieu-do'],
    text: 'bộ dữ liệu {dataset} không có cột "{column}"',
    hint: 'tên cột viết đúng như dòng đầu tệp CSV: {columns}',
  },
  'data.noRowWithValue': {
    guides: ['viet-bai', 'bieu-do'],
    text: 'không dòng nào của {dataset} có {column} = "{value}"',
    hint: 'dùng một giá trị có trong cột {column} của tệp CSV',
  },
  'csv.empty': {
    guides: data,
    text: 'tệp trống',
    hint: 'xuất lại bảng từ Excel, gồm dòng tên cột và các dòng số liệu',
  },
  'csv.notUtf8': {
    guides: data,
    text: 'dòng này không phải UTF-8: chữ Việt sẽ bị lỗi',
    hint: 'lưu lại tệp bằng CSV UTF-8 (Excel: Lưu Như → CSV UTF-8 (Phân tách bằng dấu phẩy)); các bảng mã khác như Windows-1258 làm hỏng chữ Việt',
  },
  'csv.unclosedQuote': {
    guides: data,
    text: 'một ô mở ngoặc kép " mà không đóng',
    hint: 'ô mở bằng " phải đóng bằng "; dấu " bên trong ô viết thành ""',
  },
  'csv.badQuote': {
    guides: data,
    text: 'dấu ngoặc kép " đặt sai chỗ',
    hint: 'ô có dấu phẩy, chấm phẩy hay xuống dòng thì đặt cả ô trong "…"; dấu " bên trong ô viết thành ""',
  },
  'csv.fieldCount': {
    guides: data,
    text: 'dòng có {fields} ô, dòng tên cột có {header}',
    hint: 'kiểm tra dấu {delimiter} thừa hoặc thiếu ở dòng này; ô có dấu {delimiter} bên trong phải nằm trong ngoặc kép "…"',
  },
  'csv.duplicateHeader': {
    guides: data,
    text: 'tên cột này xuất hiện hai lần ở dòng tên cột',
    hint: 'đổi tên hoặc xóa một trong hai cột',
  },
  'csv.undeclaredColumn': {
    guides: data,
    text: 'dòng tên cột có một cột mà tệp mô tả không khai',
    hint: 'khai cột trong {schemaFile}, hoặc xóa cột khỏi tệp CSV',
  },
  'csv.missingColumn': {
    guides: data,
    text: 'dòng tên cột thiếu cột "{column}"',
    hint: 'tệp mô tả khai các cột: {columns}',
  },
  'csv.noRows': {
    guides: data,
    text: 'tệp chỉ có dòng tên cột, không có dòng số liệu',
    hint: 'thêm các dòng số liệu dưới dòng tên cột',
  },
  'csv.emptyCell': {
    guides: data,
    text: 'ô trống, nhưng cột này không được để trống',
    hint: 'điền giá trị, hoặc khai nullable: true cho cột trong tệp mô tả nếu nguồn không có số ở đây (đừng điền 0)',
  },
  'cell.notANumber': {
    guides: data,
    text: 'không phải là số',
    hint: 'viết số như 1417.3: dấu chấm thập phân, không có dấu phân cách hàng nghìn',
  },
  'cell.notANumberComma': {
    guides: data,
    text: 'không phải là số theo cách viết tệp đã khai',
    hint: 'tệp được khai dấu phẩy thập phân (decimal: ","): viết như 1.417,3, hoặc sửa tệp mô tả thành decimal: "."',
  },
  'cell.commaDecimal': {
    guides: data,
    text: 'số viết dấu phẩy thập phân, nhưng tệp mô tả chưa khai decimal: ","',
    hint: 'tệp xuất từ Excel tiếng Việt (1.417,3): thêm dòng decimal: "," vào tệp mô tả; nếu không, viết 1417.3',
  },
  'cell.percentSign': {
    guides: data,
    text: 'số có dấu %',
    hint: 'bỏ dấu %: đơn vị đã ghi ở cột trong tệp mô tả (type: percent)',
  },
  'cell.notAWholeNumber': {
    guides: data,
    text: 'không phải số nguyên',
    hint: 'cột "{column}" chứa số đếm: kiểm tra lại giá trị, hoặc đổi type của cột thành number',
  },
  'cell.notAYear': {
    guides: data,
    text: 'không phải là năm',
    hint: 'viết năm đủ bốn chữ số, ví dụ 2024',
  },
  'cell.notADate': {
    guides: data,
    text: 'không phải ngày có thật',
    hint: 'viết ngày như 12/08/2024 hoặc 2024-08-12',
  },
  'cell.belowMinimum': {
    guides: data,
    text: 'nhỏ hơn mức tối thiểu {minimum}',
    hint: 'giá trị của "{column}" phải nằm trong khoảng {range}; đối chiếu lại với nguồn, chỉ sửa min nếu nguồn thật sự có giá trị này',
  },
  'cell.aboveMaximum': {
    guides: data,
    text: 'lớn hơn mức tối đa {maximum}',
    hint: 'giá trị của "{column}" phải nằm trong khoảng {range}; đối chiếu lại với nguồn, chỉ sửa max nếu nguồn thật sự có giá trị này',
  },
  'cell.pattern': {
    guides: data,
    text: 'không đúng mẫu {pattern}',
    hint: 'viết giá trị khớp với mẫu {pattern} khai ở pattern của cột',
  },
  'cell.leadingZero': {
    guides: data,
    text: 'mã bị mất số 0 ở đầu',
    hint: 'viết {padded} (trong Excel, định dạng cột là Văn bản (Text) trước khi gõ)',
  },
  'cell.notAListedValue': {
    guides: data,
    text: '"{part}" không có trong danh sách giá trị (values) của cột',
    hint: 'các giá trị: {values}; hoặc thêm giá trị cùng lời giải thích vào values',
  },
  'cell.unknownProvinceCode': {
    guides: data,
    text: 'không phải mã tỉnh nào trong data/geo/provinces.csv',
    hint: 'dùng một trong 63 mã tỉnh hai chữ số của Tổng cục Thống kê, ví dụ 12 là Lai Châu',
  },
  'cell.unknownProvinceName': {
    guides: data,
    text: 'không phải tên tỉnh nào trong data/geo/provinces.csv',
    hint: 'viết tên tỉnh có dấu như trong data/geo/provinces.csv; dòng cả nước, vùng hay tỉnh cũ thì khai when (theo cột cấp, ví dụ level) hoặc except trong tệp mô tả',
  },
  'cell.provinceNameMismatch': {
    guides: data,
    text: 'tên tỉnh không khớp mã tỉnh {code} của dòng này, là {expected}',
    hint: 'sửa tên thành "{expected}", hoặc sửa mã tỉnh',
  },
  'cell.unknownSource': {
    guides: data,
    text: '"{part}" không phải mã của nguồn nào trong tệp mô tả',
    hint: 'dùng mã (id) của một nguồn trong sources: của tệp mô tả, hoặc thêm nguồn vào đó',
  },
  'csv.duplicateKey': {
    guides: data,
    text: 'trùng khóa chính: dòng {line} có cùng {columns}',
    hint: 'xóa dòng lặp, hoặc sửa giá trị xác định dòng',
  },
  'reliability.notEntry': {
    guides: data,
    text: '"{part}" không đúng cách viết của cột độ tin cậy',
    hint: 'viết các từ trong danh sách ({words}), cách nhau bằng |, mỗi từ có thể kèm các cột trong ngoặc: estimate(poor_households)',
  },
  'reliability.notWord': {
    guides: data,
    text: '"{word}" không phải từ của cột độ tin cậy',
    hint: 'dùng một trong: {words} (xem docs/du-lieu.md, mục 3)',
  },
  'reliability.noColumns': {
    guides: data,
    text: '"{part}" có ngoặc nhưng không nêu cột nào',
    hint: 'nêu các cột trong ngoặc, ví dụ {word}(poor_households), hoặc bỏ ngoặc để áp cho cả hàng',
  },
  'reliability.unknownColumn': {
    guides: data,
    text: '"{entry}" nêu "{column}", không phải cột số liệu của bộ dữ liệu này',
    hint: 'nêu tên cột viết đúng như dòng đầu tệp CSV, cách nhau bằng dấu cách: {columns}',
  },
  'reliability.twoReadings': {
    guides: data,
    text: '{scope} được ghi hai cách đọc: {readings}',
    hint: 'giữ một cách đọc (official_table, portal_paraphrase, press_paraphrase hoặc secondary) cho hàng, và nhiều nhất một cho mỗi cột',
  },
  'reliability.twice': {
    guides: data,
    text: '"{word}" được ghi hai lần cho {scope}',
    hint: 'mỗi từ chỉ ghi một lần',
  },
  'file.noSchema': {
    guides: data,
    text: 'tệp CSV không có tệp mô tả bên cạnh',
    hint: 'thêm tệp {schemaFile} mô tả các cột và nguồn (xem docs/du-lieu.md, mục 2)',
  },
  'file.noCsv': {
    guides: data,
    text: 'không có tệp CSV mà tệp mô tả này mô tả',
    hint: 'đặt số liệu vào {csvFile}, cạnh tệp mô tả',
  },
  'file.idMismatch': {
    guides: ['du-lieu', 'bieu-do'],
    text: 'id khác tên tệp "{name}"',
    hint: 'viết id: {name}, hoặc đổi tên tệp; mã là đường dẫn cố định, chỉ đổi trước khi đăng',
  },
  'file.idFormat': {
    guides: ['du-lieu', 'bieu-do'],
    text: 'mã phải viết chữ thường không dấu, nối bằng gạch ngang',
    hint: 'ví dụ ty-le-ho-ngheo-lai-chau; mã cũng là tên tệp',
  },
  'file.duplicateId': {
    guides: data,
    text: 'một bộ dữ liệu khác đã mang mã này',
    hint: 'đặt cho mỗi bộ dữ liệu một mã (tên tệp) riêng',
  },
  'data.noProvinceTable': {
    guides: data,
    text: 'thiếu bảng tham chiếu tỉnh data/geo/provinces.csv',
    hint: 'khôi phục data/geo/provinces.csv và tệp mô tả của nó',
  },
  'schema.noSource': {
    guides: data,
    text: 'cần ít nhất một nguồn',
    hint: 'thêm vào sources: một nguồn với title, publisher, reliability và date',
  },
  'schema.breakProvinceCode': {
    guides: data,
    text: 'mã tỉnh của điểm gãy phải có hai chữ số',
    hint: "viết như provinces: ['01', '28'], hoặc provinces: all cho mọi tỉnh, vùng và cả nước",
  },
  'schema.breakUnknownProvince': {
    guides: data,
    text: 'điểm gãy nêu một mã tỉnh không có trong data/geo/provinces.csv',
    hint: 'dùng mã tỉnh hai chữ số của Tổng cục Thống kê, ví dụ 12 là Lai Châu, hoặc provinces: all',
  },
  'schema.breakDate': {
    guides: data,
    text: 'ngày của điểm gãy viết chưa đúng',
    hint: 'viết năm-tháng-ngày, ví dụ 2008-08-01',
  },
  'data.changeDisagrees': {
    guides: data,
    text: 'các dòng của lần thay đổi "{change}" ghi khác nhau: dòng {line} ghi {field} là "{other}"',
    hint: 'mỗi lần thay đổi địa giới có một ngày, một năm, một văn bản và một nhãn: ghi giống nhau ở mọi dòng của nó',
  },
  'schema.sourceDate': {
    guides: data,
    text: 'ngày của nguồn viết chưa đúng',
    hint: 'viết năm, năm-tháng hoặc năm-tháng-ngày: 2024, 2024-08 hoặc 2024-08-12',
  },
  'schema.sourceReliability': {
    guides: data,
    text: 'chưa ghi mức tin cậy của nguồn',
    hint: 'thêm reliability: official (văn bản, số liệu chính thức), press (báo chí) hoặc secondary (nguồn thứ cấp)',
  },
  'schema.valueName': {
    guides: data,
    text: 'giá trị trong values phải viết đúng như trong tệp, không có dấu cách ở đầu hay cuối',
    hint: 'viết như read_in_article hoặc "Poverty rate"; lời tiếng Việt cho bạn đọc đặt sau dấu hai chấm',
  },
  'schema.columnTwice': {
    guides: data,
    text: 'cột "{column}" được khai hai lần',
    hint: 'mỗi cột khai một lần trong columns',
  },
  'schema.oneReliability': {
    guides: data,
    text: 'mỗi bộ dữ liệu có nhiều nhất một cột type: reliability',
    hint: 'gộp các ghi chú độ tin cậy vào một cột',
  },
  'schema.keyNotColumn': {
    guides: data,
    text: 'cột "{column}" của khóa chính (primaryKey) không có trong columns',
    hint: 'sửa tên cột trong primaryKey cho đúng tên một cột đã khai',
  },
  'schema.primaryKey': {
    guides: data,
    text: 'chưa nêu cột nào xác định một dòng',
    hint: 'viết như primaryKey: [province_code, year]',
  },
  'schema.minMax': {
    guides: data,
    text: 'min lớn hơn max',
    hint: 'đổi chỗ hai giá trị, hoặc sửa cho min nhỏ hơn max',
  },
  'schema.referenceType': {
    guides: data,
    text: 'cột references: {table} phải có type: {type}',
    hint: 'mã tỉnh (provinces) là cột type: code; tên tỉnh (province_names) và mã nguồn (sources) là cột type: string',
  },
  'schema.valuesType': {
    guides: data,
    text: 'separator và values chỉ dùng cho cột type: string',
    hint: 'đổi type của cột thành string, hoặc bỏ separator, values',
  },
  'schema.whenNeedsNames': {
    guides: data,
    text: 'when và except chỉ dùng với references: province_names',
    hint: 'bỏ when, except, hoặc khai references: province_names cho cột tên tỉnh',
  },
  'schema.whenColumn': {
    guides: data,
    text: 'when nêu cột "{column}", không có trong columns',
    hint: 'nêu cột cấp của bộ dữ liệu, ví dụ when: { level: province }',
  },

  // ── Chart specs ─────────────────────────────────────────────────────────────────────────────
  'chart.unknownType': {
    guides: chart,
    text: 'không có loại biểu đồ này',
    hint: 'dùng một trong: {options}',
  },
  'chart.unknownRegion': {
    guides: chart,
    text: 'không có vùng nào mang tên này',
    hint: 'tên vùng như trong cột region của data/geo/provinces.csv: {names}',
  },
  'chart.regionWithoutCodes': {
    guides: chart,
    text: 'bộ dữ liệu {dataset} không có cột mã tỉnh để lọc theo vùng',
    hint: 'bỏ region, hoặc lọc bằng filter theo một cột của bộ dữ liệu',
  },
  'chart.unknownProvince2025': {
    guides: chart,
    text: 'không có tỉnh, thành phố nào từ 01/07/2025 mang tên này',
    hint: 'tên một trong 34 tỉnh, thành phố như trong cột province_2025_name của data/geo/provinces.csv: {names}',
  },
  'chart.province2025WithoutCodes': {
    guides: chart,
    text: 'bộ dữ liệu {dataset} không có cột mã tỉnh để lọc theo tỉnh, thành phố từ 01/07/2025',
    hint: 'bỏ province2025, hoặc lọc bằng filter theo một cột của bộ dữ liệu',
  },
  'chart.noRows': {
    guides: chart,
    text: 'không dòng nào của bộ dữ liệu khớp bộ lọc (filter)',
    hint: 'đối chiếu các giá trị trong filter với tệp CSV',
  },
  'chart.keyRepeated': {
    guides: chart,
    text: '{count} dòng có {column} = "{value}" sau khi lọc; cần đúng một dòng',
    hint: 'thêm filter để giữ một dòng, ví dụ theo source_id hoặc period',
  },
  'chart.notNumeric': {
    guides: chart,
    text: 'cột "{column}" của {dataset} chứa chữ, biểu đồ cần một cột số',
    hint: 'chọn cột số: {columns}',
  },
  'chart.defaultYear': {
    guides: chart,
    text: 'năm {year} không có trong dữ liệu của bản đồ',
    hint: 'chọn một năm có số liệu: {years}',
  },
  'chart.crossYearRanking': {
    guides: chart,
    text: 'các dòng trải từ năm {from} đến {to}: xếp chung một bảng là so thứ hạng của những năm khác nhau',
    hint: 'thêm groupBy: {column} để xếp hạng trong từng năm, hoặc giữ một năm bằng filter: { {column}: {to} }',
  },
  'chart.breaksMoved': {
    guides: chart,
    text: 'điểm gãy (breaks) nay khai trong dữ liệu, không khai trong tệp biểu đồ',
    hint: 'xóa breaks khỏi tệp biểu đồ và khai điểm gãy trong breaks: của tệp .schema.yaml của bộ dữ liệu (xem docs/du-lieu.md); mọi biểu đồ của bộ dữ liệu sẽ theo nó',
  },
  'chart.compareAcrossBreak': {
    guides: chart,
    text: 'giữa {from} và {to} có điểm gãy “{label}” của mọi dòng: hai đầu đo bằng hai thước khác nhau, không so sánh được',
    hint: 'chọn hai năm cùng một phía của điểm gãy (cùng trước năm {before}, hoặc cùng từ năm {before} trở đi); xem mục “Điểm gãy” trong docs/bieu-do.md',
  },
  'chart.compareEndMissing': {
    guides: chart,
    text: 'không dòng nào có {column} = "{value}" sau khi lọc',
    hint: 'dùng một giá trị có trong cột {column}: {values}',
  },
  'chart.endRepeated': {
    guides: chart,
    text: '{label} có {count} dòng với {column} = "{value}" sau khi lọc; mỗi đầu cần đúng một dòng',
    hint: 'thêm filter để giữ một dòng cho mỗi {category}',
  },
  'chart.noProvinceColumn': {
    guides: chart,
    text: 'bộ dữ liệu {dataset} không có cột mã tỉnh để ghép hai trục theo tỉnh',
    hint: 'chọn một bộ dữ liệu theo tỉnh, có cột mã tỉnh (references: provinces)',
  },
  'chart.axisRowRepeated': {
    guides: chart,
    text: '{label} có {count} dòng cho trục {axis} sau khi lọc; mỗi tỉnh cần đúng một dòng',
    hint: 'thêm filter cho trục {axis} để giữ một năm, một chỉ tiêu, ví dụ filter: { year: 2006 }',
  },
  'chart.cannotDraw': {
    guides: chart,
    text: 'không vẽ được biểu đồ',
    hint: 'kiểm tra các cột và bộ lọc theo docs/bieu-do.md (chi tiết kỹ thuật: {detail})',
  },

  'story.typedFigure': {
    guides: ['viet-bai', 'bieu-do'],
    text: 'số {figure} gõ tay không có trong tệp nào của data/',
    hint: 'đọc số từ dữ liệu bằng <So> hoặc <DataValue>; nếu là số của một nguồn, thêm nó vào data/ cùng nguồn (CSV, tệp mô tả hoặc SOURCES.md)',
  },

  // ── The record of published numbers ────────────────────────────────────────────────────────
  'record.numberChanged': {
    guides: story,
    text: 'Bài {story}: dữ liệu {dataset} đã đổi một con số đã đăng, {from} → {to}, trong câu: “{sentence}”',
    hint: 'nếu dữ liệu được sửa có chủ đích, thêm vào bài một mục đính chính (corrections) ghi số mới {to}, hoặc chạy npm run record:numbers để xác nhận; nếu không, hoàn lại thay đổi trong data/.',
  },
} as const satisfies Record<string, MessageEntry>;

export type MessageKey = keyof typeof messages;

/** Values a template names: `{ fields: 3 }` for `dòng có {fields} ô`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A message ready to show: its key, and the Vietnamese text and hint with values filled in. */
export interface Said {
  key: MessageKey;
  message: string;
  hint: string;
}

/** A value's place in a template: `{name}`, a lower-case name; other braces are text (`where={{ … }}`). */
const placeholder = /\{([a-z]\w*)\}/g;

const fill = (template: string, values: MessageValues, key: string): string =>
  template.replace(placeholder, (_, name: string) => {
    if (!(name in values)) throw new Error(`message ${key}: no value for {${name}}`);
    return String(values[name]);
  });

/**
 * The message `key` with its values, and, when there is one, a suggestion put first in the hint
 * (`Có phải "Lai Châu"? …`).
 *
 * @example say('cell.notAYear').message // 'không phải là năm'
 * @example say('data.unknownDataset', {}, 'poverty-rate-by-province').hint // 'Có phải "poverty-rate-by-province"? Mã bộ dữ liệu là …'
 */
export function say(key: MessageKey, values: MessageValues = {}, suggestion?: string): Said {
  const entry: MessageEntry = messages[key];
  const hint = fill(entry.hint, values, key);
  return {
    key,
    message: fill(entry.text, values, key),
    hint: suggestion === undefined ? hint : `Có phải "${suggestion}"? ${capitalise(hint)}`,
  };
}

/** The key of the catalogue entry whose text, without values, is exactly `text`; for zod's fixed messages. */
export function keyOfText(text: string): MessageKey | undefined {
  return (Object.keys(messages) as MessageKey[]).find((key) => messages[key].text === text);
}

/**
 * The fixed text of a message without values, for a zod schema's own message (`.regex(re,
 * messageText('story.provinceCode'))`): the schema stays readable, and a failed check is read
 * back into its key by `keyOfText`.
 */
export function messageText(key: MessageKey): string {
  const text: string = messages[key].text;
  if (new RegExp(placeholder.source).test(text)) throw new Error(`message ${key} has values; use an issue with params`);
  return text;
}
