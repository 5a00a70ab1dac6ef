export function App() {
  return (
    <main>
      <h1>LinuxKit Studio</h1>
    </main>
  );
}
