/** The demo company: a believable sales department across two regions (ORG-1). */
export interface DemoUnit {
  code: string;
  name: string;
  kind: 'company' | 'region' | 'department' | 'team';
  parent?: string;
}
export interface DemoUser {
  username: string;
  displayName: string;
  position: string;
  unit: string;
  superior?: string;
  roles: string[];
  email?: string;
}

export const DEMO_PASSWORD = 'xiaoguan2026';

export const demoUnits: DemoUnit[] = [
  { code: 'HQ', name: '销管示范有限公司', kind: 'company' },
  { code: 'FIN', name: '财务部', kind: 'department', parent: 'HQ' },
  { code: 'HR', name: '人力资源部', kind: 'department', parent: 'HQ' },
  { code: 'IT', name: '信息管理部', kind: 'department', parent: 'HQ' },
  { code: 'EAST', name: '华东大区', kind: 'region', parent: 'HQ' },
  { code: 'EAST-SALES', name: '华东销售部', kind: 'department', parent: 'EAST' },
  { code: 'EAST-T1', name: '华东一组', kind: 'team', parent: 'EAST-SALES' },
  { code: 'EAST-T2', name: '华东二组', kind: 'team', parent: 'EAST-SALES' },
  { code: 'SOUTH', name: '华南大区', kind: 'region', parent: 'HQ' },
  { code: 'SOUTH-SALES', name: '华南销售部', kind: 'department', parent: 'SOUTH' },
  { code: 'SOUTH-T1', name: '华南一组', kind: 'team', parent: 'SOUTH-SALES' },
  { code: 'SOUTH-T2', name: '华南二组', kind: 'team', parent: 'SOUTH-SALES' },
];

const reps: [string, string, string, string][] = [
  ['rep01', '赵磊', 'EAST-T1', 'sup_east1'],
  ['rep02', '钱芳', 'EAST-T1', 'sup_east1'],
  ['rep03', '孙浩', 'EAST-T1', 'sup_east1'],
  ['rep04', '李娜', 'EAST-T2', 'sup_east2'],
  ['rep05', '周杰', 'EAST-T2', 'sup_east2'],
  ['rep06', '吴敏', 'EAST-T2', 'sup_east2'],
  ['rep07', '郑伟', 'SOUTH-T1', 'sup_south1'],
  ['rep08', '王静', 'SOUTH-T1', 'sup_south1'],
  ['rep09', '冯涛', 'SOUTH-T1', 'sup_south1'],
  ['rep10', '陈丽', 'SOUTH-T2', 'sup_south2'],
  ['rep11', '褚强', 'SOUTH-T2', 'sup_south2'],
  ['rep12', '卫婷', 'SOUTH-T2', 'sup_south2'],
];

export const demoUsers: DemoUser[] = [
  { username: 'gm', displayName: '张总', position: '总经理', unit: 'HQ', roles: ['gm'] },
  {
    username: 'director',
    displayName: '刘建国',
    position: '销售总监',
    unit: 'HQ',
    superior: 'gm',
    roles: ['sales_director'],
  },
  {
    username: 'finance',
    displayName: '何会计',
    position: '财务主管',
    unit: 'FIN',
    superior: 'gm',
    roles: ['finance'],
  },
  {
    username: 'hr',
    displayName: '施人事',
    position: '人力资源专员',
    unit: 'HR',
    superior: 'gm',
    roles: ['hr'],
  },
  {
    username: 'admin',
    displayName: '系统管理员',
    position: '系统管理员',
    unit: 'IT',
    superior: 'gm',
    roles: ['admin'],
  },
  {
    username: 'reception',
    displayName: '林前台',
    position: '接线生',
    unit: 'HQ',
    superior: 'director',
    roles: ['receptionist'],
  },
  {
    username: 'rm_east',
    displayName: '黄东海',
    position: '华东大区经理',
    unit: 'EAST',
    superior: 'director',
    roles: ['regional_manager'],
  },
  {
    username: 'manager_east',
    displayName: '徐明',
    position: '华东销售经理',
    unit: 'EAST-SALES',
    superior: 'rm_east',
    roles: ['sales_manager'],
  },
  {
    username: 'assistant_east',
    displayName: '许晓',
    position: '销售助理',
    unit: 'EAST-SALES',
    superior: 'manager_east',
    roles: ['sales_assistant'],
  },
  {
    username: 'sup_east1',
    displayName: '马超',
    position: '销售主管',
    unit: 'EAST-T1',
    superior: 'manager_east',
    roles: ['sales_supervisor'],
  },
  {
    username: 'sup_east2',
    displayName: '朱琳',
    position: '销售主管',
    unit: 'EAST-T2',
    superior: 'manager_east',
    roles: ['sales_supervisor'],
  },
  {
    username: 'rm_south',
    displayName: '梁南方',
    position: '华南大区经理',
    unit: 'SOUTH',
    superior: 'director',
    roles: ['regional_manager'],
  },
  {
    username: 'manager_south',
    displayName: '罗刚',
    position: '华南销售经理',
    unit: 'SOUTH-SALES',
    superior: 'rm_south',
    roles: ['sales_manager'],
  },
  {
    username: 'assistant_south',
    displayName: '高雅',
    position: '销售助理',
    unit: 'SOUTH-SALES',
    superior: 'manager_south',
    roles: ['sales_assistant'],
  },
  {
    username: 'sup_south1',
    displayName: '谢飞',
    position: '销售主管',
    unit: 'SOUTH-T1',
    superior: 'manager_south',
    roles: ['sales_supervisor'],
  },
  {
    username: 'sup_south2',
    displayName: '宋佳',
    position: '销售主管',
    unit: 'SOUTH-T2',
    superior: 'manager_south',
    roles: ['sales_supervisor'],
  },
  ...reps.map(([username, displayName, unit, superior]) => ({
    username,
    displayName,
    position: '销售代表',
    unit,
    superior,
    roles: ['sales_rep'],
  })),
];
