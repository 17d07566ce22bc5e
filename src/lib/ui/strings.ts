/**
 * Every string of the interface, in one place, so another language can be added beside it.
 * Content (stories, dataset titles) lives with the content, not here.
 */
export const ui = {
  siteName: 'Thước Đo',
  tagline: 'Số liệu về an sinh xã hội, từng tỉnh một',
  skipToContent: 'Chuyển đến nội dung chính',
  breadcrumb: 'Đường dẫn',
  home: 'Trang chủ',
  nav: [
    { label: 'An sinh xã hội', href: '/chuyen-muc/xa-hoi/an-sinh-xa-hoi/' },
    { label: 'Tỉnh, thành phố', href: '/tinh/' },
    { label: 'Dữ liệu', href: '/du-lieu/' },
    { label: 'Biểu đồ', href: '/bieu-do/' },
    { label: 'Tìm kiếm', href: '/tim-kiem/' },
  ],
  footer: 'Thước Đo — báo dữ liệu về an sinh xã hội. Số liệu có nguồn ghi rõ trong từng bộ dữ liệu.',
} as const;
