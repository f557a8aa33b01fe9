import { useInquiryAssignees } from '../../api/hooks/inquiries';
import { PersonSelect, type UserSelectProps, usePersonSearchText } from '../../components/UserSelect';

/** CUS-2: pick the salesperson an entry goes to — by name, username or unit. */
export function AssigneeSelect(props: UserSelectProps) {
  const [q, setSearch] = usePersonSearchText();
  const found = useInquiryAssignees(q);
  const people = {
    data: found.data && { items: found.data.items.map((a) => a.user) },
    isFetching: found.isFetching,
  };
  return <PersonSelect {...props} found={people} onSearch={setSearch} />;
}
