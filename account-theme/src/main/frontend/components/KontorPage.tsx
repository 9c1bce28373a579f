import { PageSection, Text, TextContent, Title } from "@patternfly/react-core";
import type { ReactNode } from "react";

/** Page frame with the same title block as Keycloak's own account pages. */
export function KontorPage({
  title,
  description,
  testId,
  children,
}: {
  title: string;
  description?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <>
      <PageSection variant="light">
        <TextContent>
          <Title headingLevel="h1" data-testid="page-heading">
            {title}
          </Title>
          {description && <Text component="p">{description}</Text>}
        </TextContent>
      </PageSection>
      <PageSection variant="light" id={testId} data-testid={testId} className="kontor-page">
        {children}
      </PageSection>
    </>
  );
}
