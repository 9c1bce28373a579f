import { Card, CardBody, CardTitle } from "@patternfly/react-core";
import type { ReactNode } from "react";

/** A titled card: one part of a detail page (the order's addresses, a login's second factor). */
export function Section({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  return (
    <Card isFlat className={className}>
      <CardTitle component="h2">{title}</CardTitle>
      <CardBody>{children}</CardBody>
    </Card>
  );
}
