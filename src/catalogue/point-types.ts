/** Disclosure point types' display names (codes.ts re-exports them; the disclosure map's legend shows them). */
import type { PointType } from './code-values.js';

/** Disclosure point types (DOMAIN §5.5) with the names a map legend shows. */
export const POINT_TYPES = {
  disclosure_zone: '政务公开专区',
  service_hall: '政务服务中心',
  convenience_center: '便民服务中心',
  real_estate_registry: '不动产登记中心',
  archive: '档案馆',
  library: '图书馆',
  notice_board: '村（社区）公开栏',
  yinong_station: '益农信息社',
  broadcast: '广播',
  tv: '电视',
  newspaper: '报纸',
  gazette: '政府公报',
  website_column: '政府网站专栏',
  new_media: '政务新媒体',
  service_platform: '政务服务平台',
  request_platform: '依申请公开平台',
  hotline: '热线',
  press_event: '新闻发布会',
} as const satisfies Record<PointType, string>;
