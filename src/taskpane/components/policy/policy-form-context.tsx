/** What every field of the policy form needs: its messages by path, and the update function. */
import { createContext, useContext } from "react";
import type { PolicyPath } from "../../policy-editor/set-policy-value";

export interface PolicyForm {
  messagesFor(path: PolicyPath): string[];
  update(path: PolicyPath, value: number | string | number[]): void;
}

export const PolicyFormContext = createContext<PolicyForm | null>(null);

export function usePolicyForm(): PolicyForm {
  const form = useContext(PolicyFormContext);
  if (!form) throw new Error("Policy fields must be rendered inside the policy form.");
  return form;
}
