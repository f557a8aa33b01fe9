import { type Tree, withAreas } from './catalogue';
import shell from './en.json';

/** The English messages; a chunk of its own, loaded only when English is shown. */
export default withAreas(
  shell,
  import.meta.glob<Tree>('./areas/*.en.json', { eager: true, import: 'default' }),
);
