/** A customer's id and name that opens the explain panel when clicked. */
import { Link } from "@fluentui/react-components";

export interface CustomerLinkProps {
  text: string;
  customerId: string;
  onSelect?: (customerId: string) => void;
}

export function CustomerLink({ text, customerId, onSelect }: CustomerLinkProps) {
  if (!onSelect) return <>{text}</>;
  return (
    <Link as="button" onClick={() => onSelect(customerId)}>
      {text}
    </Link>
  );
}
