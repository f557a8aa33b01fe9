import { type Tree, withAreas } from './catalogue';
import shell from './zh-CN.json';

/** The Chinese messages; a chunk of its own, loaded only when Chinese is shown. */
export default withAreas(
  shell,
  import.meta.glob<Tree>('./areas/*.zh-CN.json', { eager: true, import: 'default' }),
);
