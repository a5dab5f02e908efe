import { configure } from '@testing-library/react';

// Time limits for a shared, busy machine: a CI runner or a laptop building in parallel can run
// this suite at a quarter of its idle speed. These bound how long a test may take before it is
// called hung; every wait inside them still polls and returns as soon as its state is there.
// findBy* and waitFor poll the DOM until this limit (testing-library's default is one second).
configure({ asyncUtilTimeout: 15_000 });
