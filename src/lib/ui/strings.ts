/**
 * Every string of the interface, in one place, so another language can be added beside it.
 * Content (stories, dataset titles) lives with the content, not here.
 */
export const ui = {
  siteName: 'Thước Đo',
  tagline: 'Số liệu về an sinh xã hội, từng tỉnh một',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  datasetsHeading: 'Dữ liệu của Thước Đo',
  datasetsIntro:
    'Mọi con số trên trang đều lấy từ các bộ dữ liệu dưới đây, mỗi bộ có nguồn, giấy phép và lưu ý riêng. Bản xem trước này liệt kê chúng cho tới khi các bài viết được đăng.',
  source: 'Nguồn',
  rows: 'Số dòng',
  years: 'Năm',
  noYears: 'không theo năm',
  nav: [
    { label: 'An sinh xã hội', href: '/chuyen-muc/xa-hoi/an-sinh-xa-hoi/' },
    { label: 'Dữ liệu', href: '/du-lieu/' },
    { label: 'Biểu đồ', href: '/bieu-do/' },
    { label: 'Tìm kiếm', href: '/tim-kiem/' },
  ],
  footer: 'Thước Đo — báo dữ liệu về an sinh xã hội. Số liệu có nguồn ghi rõ trong từng bộ dữ liệu.',
} as const;
