import { UserOutlined } from '@ant-design/icons';
import { Avatar, Drawer, Flex, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { TMe } from '../api/types';
import { groupOfPath } from './nav';
import { useMenuItems } from './nav-menu';

/**
 * 我的 / 更多 on a phone: who I am, then the whole grouped menu (as the desktop's, by permission);
 * choosing a page closes it.
 */
export function MoreDrawer({ me, open, onClose }: { me: TMe; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const selected = `/${location.pathname.split('/')[1] ?? ''}`;
  // 首页 is the 工作台 (OPS-5), on a phone too: who starts the day on 今日 finds it here.
  const items = useMenuItems(me, onClose);
  const group = groupOfPath(selected);
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      size={320}
      title={t('mobile.tabs.more')}
      styles={{ body: { padding: 0 } }}
      data-testid="more-drawer"
    >
      <Flex align="center" gap={12} style={{ padding: 16 }}>
        <Avatar size={40} icon={<UserOutlined />} />
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis>
            {me.user.displayName}
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis>
            {[me.user.position, me.unit.name].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      </Flex>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        defaultOpenKeys={group ? [group] : []}
        items={items}
        data-testid="more-menu"
        style={{ borderInlineEnd: 'none' }}
      />
    </Drawer>
  );
}
