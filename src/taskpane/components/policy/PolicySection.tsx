/**
 * A titled group of policy fields that fits the narrowest task pane (270 px). A fieldset's
 * browser default width is its content's widest line, and Fluent's Dropdown insists on 250 px,
 * so nested groups pushed the form past the pane. Here every group may shrink to the pane,
 * every input and dropdown to its group, and a group inside a group costs no side margin: it is
 * set off by a rule above it instead of a second frame.
 */
import {
  dropdownClassNames,
  inputClassNames,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

// makeStyles lives in the policy tab's lazy chunk only, so the pane's first load is unchanged.
const useStyles = makeStyles({
  section: {
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: `0 0 ${tokens.spacingVerticalL}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    [`& .${inputClassNames.root}, & .${dropdownClassNames.root}`]: {
      minWidth: 0,
      maxWidth: "100%",
    },
  },
  nested: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0 0`,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: 0,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  nestedLegend: {
    padding: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface PolicySectionProps {
  legend: ReactNode;
  /** A group inside another group: no frame of its own, so the fields keep their width. */
  nested?: boolean;
  children: ReactNode;
}

export function PolicySection({ legend, nested = false, children }: PolicySectionProps) {
  const styles = useStyles();
  return (
    <fieldset className={mergeClasses(styles.section, nested && styles.nested)}>
      <legend className={mergeClasses(styles.legend, nested && styles.nestedLegend)}>
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}
