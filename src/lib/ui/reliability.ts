/**
 * What readers see for each word of a reliability column (src/lib/data/reliability.ts), part of
 * the interface strings of `src/lib/ui/`: a short label, the marker put beside a doubtful value,
 * and the line a legend prints for it. One map, so a marker means the same on every page.
 */
import type { Reliability } from '../data/reliability.ts';

export interface ReliabilityText {
  /** Short, lower-case: "theo báo chí dẫn lại", "số gần đúng". */
  label: string;
  /** The sign printed after a value it concerns; readings that need no caution have none. */
  mark?: string;
  /** One sentence for legends and the dataset page. */
  description: string;
}

export const reliabilityText: Record<Reliability, ReliabilityText> = {
  official_table: {
    label: 'đọc từ bảng số liệu',
    description: 'Đọc từ bảng số liệu trong văn bản chính thức.',
  },
  portal_paraphrase: {
    label: 'theo cổng thông tin nhà nước dẫn lại',
    description: 'Cổng thông tin của cơ quan nhà nước thuật lại văn bản bằng lời; không đọc từ bảng số liệu.',
  },
  press_paraphrase: {
    label: 'theo báo chí dẫn lại',
    description: 'Báo chí thuật lại văn bản hoặc lời của cơ quan nhà nước; không đọc từ bảng số liệu.',
  },
  secondary: {
    label: 'nguồn thứ cấp',
    mark: '†',
    description: 'Nguồn thứ cấp: trang đăng lại tin của nơi khác hoặc không dẫn văn bản nào; cần kiểm chứng.',
  },
  estimate: {
    label: 'số gần đúng',
    mark: '≈',
    description: 'Số gần đúng: nguồn ghi “khoảng”.',
  },
  inconsistent: {
    label: 'nguồn tự mâu thuẫn',
    mark: '*',
    description: 'Nguồn tự mâu thuẫn: các số trong cùng nguồn không khớp với nhau; số được giữ như nguồn in.',
  },
  conflicting: {
    label: 'các nguồn không khớp',
    mark: '‡',
    description: 'Các nguồn in số hoặc năm khác nhau; chưa xác định được số đúng.',
  },
  suspected_misprint: {
    label: 'nghi in nhầm',
    mark: '?',
    description: 'Nghi nguồn in nhầm; số được giữ như nguồn in.',
  },
};

export const reliabilityStrings = {
  /** The header of the reliability column in CSV downloads and tables. */
  column: 'Độ tin cậy',
  /** Heading of the list of words on a dataset page. */
  valuesHeading: 'Các giá trị',
  /** Before the list of markers under a table. */
  legendLabel: 'Ký hiệu',
} as const;
