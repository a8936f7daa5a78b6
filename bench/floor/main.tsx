/**
 * The floor of this stack: the least an app built from the same libraries
 * can do before it is "ready" as the bench defines it (a timeline item and a
 * map marker in the DOM). React + react-dom render a page; zustand holds one
 * value; vis-timeline (esnext) draws one item from a vis-data DataSet;
 * Leaflet, through react-leaflet, draws one marker and one polyline. Built
 * with the project's Vite (bench/run.ts), measured beside the app.
 */
import 'leaflet/dist/leaflet.css';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import L from 'leaflet';
import { StrictMode, useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { MapContainer, Marker, Polyline } from 'react-leaflet';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import { create } from 'zustand';

const useStore = create<{ title: string }>(() => ({ title: 'Diplomatic relations established' }));

const icon = L.divIcon({ className: 'floor-marker', html: '', iconSize: [12, 12] });

function TimelineBox() {
  const ref = useRef<HTMLDivElement>(null);
  const title = useStore((s) => s.title);
  useEffect(() => {
    if (!ref.current) return;
    const items = new DataSet([{ id: 1, content: title, start: new Date(Date.UTC(1965, 7, 11)) }]);
    const timeline = new Timeline(ref.current, items as never, {
      start: new Date(Date.UTC(1959, 0, 1)),
      end: new Date(Date.UTC(2031, 0, 1)),
      height: '100%',
    });
    return () => timeline.destroy();
  }, [title]);
  return <div ref={ref} style={{ height: '40vh' }} />;
}

function App() {
  const title = useStore((s) => s.title);
  return (
    <main>
      <h1>{title}</h1>
      <div style={{ height: '45vh' }}>
        <MapContainer center={[28, -23]} zoom={2} style={{ height: '100%' }}>
          <Marker position={[23.1136, -82.3666]} icon={icon} />
          <Polyline
            positions={[
              [23.1136, -82.3666],
              [33.5138, 36.2765],
            ]}
          />
        </MapContainer>
      </div>
      <TimelineBox />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
