const flags: readonly string[] = [
  'A sudden, severe headache, the "worst ever", reaching its peak within a minute',
  'Headache with fever and a stiff neck, or with a rash',
  'Weakness, numbness, trouble speaking, loss or doubling of vision, confusion or fainting',
  'Headache after a blow to the head or a fall',
  'A new kind of headache after the age of 50',
  'Headaches that get steadily worse over days or weeks',
  'Headache that wakes you from sleep, or comes with repeated vomiting',
  'Jaw, neck or arm pain together with chest pain, breathlessness or sweating',
  'Pain in the jaw when chewing with tenderness over the temple after 50, or with visual changes',
];

/** Signs that need a doctor rather than a trigger point chart. */
export function RedFlags() {
  return (
    <section className="red-flags" aria-labelledby="red-flags-title">
      <h3 id="red-flags-title">See a doctor now (emergency services if severe) if you have:</h3>
      <ul>
        {flags.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </section>
  );
}
