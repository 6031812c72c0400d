/** Task pane entry (placeholder until the pane lands): mounts an empty root. */
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (container) createRoot(container).render(<main>Credit Desk</main>);
