// The floor for renderer benchmarks: React and ReactDOM rendering one element, nothing else.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(<h1>Blank</h1>);
