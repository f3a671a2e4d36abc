// Renders deploy/k8s/base and every overlay the way `kubectl kustomize` does for the subset of kustomize these
// manifests use (resources, namespace, labels, images, JSON 6902 patches; anything else is refused), validates every
// object against the Kubernetes OpenAPI schemas (kubernetes-models, offline), and checks the rules of
// docs/scaling.md. Prints "N passed, M failed"; exits 1 on any failure. Run: deploy/k8s/check.sh
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import jsonpatch from 'fast-json-patch';
import * as models from 'kubernetes-models';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KNOWN = new Set(['apiVersion', 'kind', 'resources', 'patches', 'namespace', 'labels', 'images']);
let passed = 0;
const failures = [];

function check(name, fn) {
  try {
    fn();
    passed++;
  } catch (e) {
    failures.push(`${name}: ${e.message}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function readDocs(file) {
  return YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((obj) => obj != null);
}

function render(dir) {
  const file = path.join(dir, 'kustomization.yaml');
  const k = YAML.parse(fs.readFileSync(file, 'utf8'));
  for (const key of Object.keys(k)) {
    assert(KNOWN.has(key), `${file}: "${key}" is not supported by this check; extend check.mjs or use kubectl kustomize`);
  }
  let objects = [];
  for (const resource of k.resources ?? []) {
    const target = path.resolve(dir, resource);
    objects.push(...(fs.statSync(target).isDirectory() ? render(target) : readDocs(target)));
  }
  objects = structuredClone(objects);
  for (const { pairs } of k.labels ?? []) {
    for (const obj of objects) obj.metadata.labels = { ...(obj.metadata.labels ?? {}), ...pairs };
  }
  for (const image of k.images ?? []) {
    for (const obj of objects) {
      for (const c of obj.spec?.template?.spec?.containers ?? []) {
        if (c.image.split(':')[0] === image.name) c.image = `${image.newName ?? image.name}:${image.newTag}`;
      }
    }
  }
  for (const patch of k.patches ?? []) {
    const ops = YAML.parse(patch.patch);
    const matching = objects.filter(
      (o) => (!patch.target.kind || o.kind === patch.target.kind) && (!patch.target.name || o.metadata.name === patch.target.name),
    );
    assert(matching.length > 0, `${file}: a patch matches nothing: ${JSON.stringify(patch.target)}`);
    for (const obj of matching) {
      // validate: a replace or remove of a path that does not exist fails, as in kustomize
      jsonpatch.applyPatch(obj, ops, true, true);
    }
  }
  if (k.namespace) for (const obj of objects) obj.metadata.namespace = k.namespace;
  return objects;
}

function modelClass(obj) {
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : [null, obj.apiVersion];
  const groupKey = group == null ? null : group.replace(/\.([a-z])/g, (_, c) => c.toUpperCase()).replace(/^([a-z]+)K8sIo$/, '$1K8sIo');
  const module = group == null ? models[version] : models[groupKey]?.[version];
  const cls = module?.[obj.kind];
  assert(cls, `no schema for ${obj.apiVersion} ${obj.kind}`);
  return cls;
}

function rules(variant, objects) {
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const deployments = byKind('Deployment');
  check(`${variant}: five deployments`, () =>
    assert(deployments.map((d) => d.metadata.name).sort().join() === 'faculty-service,gateway,news-service,partnership-service,student-service', 'expected the gateway and the four services'));
  check(`${variant}: no Secret in the manifests`, () => assert(byKind('Secret').length === 0, 'Secrets are created apart, never inlined'));
  for (const d of deployments) {
    const name = `${variant}: ${d.metadata.name}`;
    const c = d.spec.template.spec.containers[0];
    const port = (n) => c.ports.find((p) => p.name === n)?.containerPort;
    check(`${name} management port is the HTTP port + 1000`, () => assert(port('management') === port('http') + 1000, `${port('http')} / ${port('management')}`));
    for (const probe of ['readinessProbe', 'livenessProbe']) {
      check(`${name} ${probe} on the management port`, () => assert(c[probe]?.httpGet?.port === 'management', JSON.stringify(c[probe])));
    }
    check(`${name} readiness is /actuator/health/readiness`, () => assert(c.readinessProbe.httpGet.path === '/actuator/health/readiness', c.readinessProbe.httpGet.path));
    check(`${name} resources`, () => assert(c.resources?.requests?.cpu && c.resources?.requests?.memory && c.resources?.limits?.memory, 'requests cpu/memory and a memory limit'));
    check(`${name} no secret value inlined`, () => {
      for (const e of c.env ?? []) {
        assert(!(/PASSWORD|SECRET|KEYS|ACTIVEKEY|TOKEN|MONGODB_URI/.test(e.name) && e.value !== undefined), `${e.name} has a literal value`);
      }
    });
    check(`${name} has a PodDisruptionBudget`, () => assert(byKind('PodDisruptionBudget').some((p) => p.spec.selector.matchLabels['app.kubernetes.io/name'] === d.metadata.name), 'missing'));
    check(`${name} has a HorizontalPodAutoscaler`, () => assert(byKind('HorizontalPodAutoscaler').some((h) => h.spec.scaleTargetRef.name === d.metadata.name), 'missing'));
  }
  check(`${variant}: ingress denied by default`, () => assert(byKind('NetworkPolicy').some((p) => Object.keys(p.spec.podSelector).length === 0 && p.spec.policyTypes.includes('Ingress') && !p.spec.ingress), 'no default-deny policy'));
  check(`${variant}: only the gateway is open to everyone`, () => {
    for (const p of byKind('NetworkPolicy')) {
      for (const rule of p.spec.ingress ?? []) {
        if (!rule.from) assert(p.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === 'gateway', `${p.metadata.name} lets anyone in`);
      }
    }
  });
  check(`${variant}: MongoDB and Kafka are external`, () => {
    for (const n of ['mongodb', 'kafka']) assert(byKind('Service').find((s) => s.metadata.name === n)?.spec.type === 'ExternalName', n);
  });
}

const variants = { base: path.join(root, 'base') };
for (const overlay of fs.readdirSync(path.join(root, 'overlays'))) variants[overlay] = path.join(root, 'overlays', overlay);
for (const [variant, dir] of Object.entries(variants)) {
  let objects = [];
  check(`${variant}: renders`, () => {
    objects = render(dir);
  });
  for (const obj of objects) {
    check(`${variant}: ${obj.kind} ${obj.metadata?.name} matches the Kubernetes schema`, () => new (modelClass(obj))(obj).validate());
  }
  if (objects.length) rules(variant, objects);
  if (process.env.K8S_CHECK_PRINT === variant) console.log(objects.map((o) => YAML.stringify(o)).join('---\n'));
}
for (const f of failures) console.log(`FAILED ${f}`);
console.log(`k8s: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
