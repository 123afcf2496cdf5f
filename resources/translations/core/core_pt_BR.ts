<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Recovery Desk</source>
        <translation>Sobre o Recovery Desk</translation>
    </message>
    <message>
        <source>Win back departed customers: guided recovery calls, reasons, reports.</source>
        <translation>Reconquiste clientes que saíram: ligações de recuperação guiadas, motivos, relatórios.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Pasta de dados: %1</translation>
    </message>
    <message>
        <source>Versions and data folder</source>
        <translation>Versões e pasta de dados</translation>
    </message>
</context>
<context>
    <name>CurrencyChoice</name>
    <message>
        <source>Show &amp;money in:</source>
        <translation>Moeda do grá&amp;fico:</translation>
    </message>
    <message>
        <source>Currency of the chart</source>
        <translation>Moeda do gráfico</translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added: the chart shows one</source>
        <translation>Valores em moedas diferentes nunca são somados: o gráfico mostra uma de cada vez</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>Welcome to Recovery Desk</source>
        <translation>Bem-vindo ao Recovery Desk</translation>
    </message>
    <message>
        <source>This is a new installation. Who is working here? You will be its supervisor.</source>
        <translation>Esta é uma instalação nova. Quem está trabalhando aqui? Você será o supervisor.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>What a supervisor does</source>
        <translation>O que um supervisor faz</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <source>Import departed customers (Ctrl+I)</source>
        <translation>Importar clientes que saíram (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Recovery Desk — %1</source>
        <translation>Recovery Desk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Trocar de usuário…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Do &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Recovery Desk</source>
        <translation>&amp;Sobre o Recovery Desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Receita mensal</translation>
    </message>
    <message>
        <source>Departed on</source>
        <translation>Saiu em</translation>
    </message>
    <message>
        <source>Days since departure</source>
        <translation>Dias desde a saída</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atribuído a</translation>
    </message>
    <message>
        <source>Urgent: departed today.</source>
        <translation>Urgente: saiu hoje.</translation>
    </message>
    <message>
        <source>Urgent: departed yesterday.</source>
        <translation>Urgente: saiu ontem.</translation>
    </message>
    <message>
        <source>Urgent: departed %1 days ago (30 days or fewer).</source>
        <translation>Urgente: saiu há %1 dias (30 dias ou menos).</translation>
    </message>
    <message>
        <source>Soon: departed %1 days ago (31 to 90 days).</source>
        <translation>Em breve: saiu há %1 dias (de 31 a 90 dias).</translation>
    </message>
    <message>
        <source>Older: departed %1 days ago (more than 90 days).</source>
        <translation>Antigo: saiu há %1 dias (mais de 90 dias).</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Queue: search customers</source>
        <translation>Fila: buscar clientes</translation>
    </message>
    <message>
        <source>Queue: clear the search</source>
        <translation>Fila: limpar a busca</translation>
    </message>
    <message>
        <source>Queue: switch My queue / All customers</source>
        <translation>Fila: alternar Minha fila / Todos os clientes</translation>
    </message>
    <message>
        <source>Queue: call the selected customer</source>
        <translation>Fila: ligar para o cliente selecionado</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Name, phone or customer id</source>
        <translation>Nome, telefone ou código do cliente</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a busca</translation>
    </message>
    <message>
        <source>Search by name, phone or customer id (Ctrl+F; Esc clears)</source>
        <translation>Busque por nome, telefone ou código do cliente (Ctrl+F; Esc limpa)</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All departed customers</source>
        <translation>Todos os clientes que saíram</translation>
    </message>
    <message>
        <source>My queue</source>
        <translation>Minha fila</translation>
    </message>
    <message>
        <source>Which customers to show</source>
        <translation>Quais clientes mostrar</translation>
    </message>
    <message>
        <source>My queue or all departed customers (Alt+M)</source>
        <translation>Minha fila ou todos os clientes que saíram (Alt+M)</translation>
    </message>
    <message>
        <source>Departed customers</source>
        <translation>Clientes que saíram</translation>
    </message>
    <message>
        <source>Enter or double-click: call the customer</source>
        <translation>Enter ou duplo clique: ligar para o cliente</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Número de clientes</translation>
    </message>
    <message>
        <source>Urgency legend</source>
        <translation>Legenda de urgência</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Days since departure: &lt;b&gt;&lt;span style=&quot;color:#c62828&quot;&gt;bold red&lt;/span&gt;&lt;/b&gt; = urgent (30 days or fewer), &lt;span style=&quot;color:#a15c00&quot;&gt;amber&lt;/span&gt; = soon (31 to 90 days), &lt;span style=&quot;color:#6b6b6b&quot;&gt;grey&lt;/span&gt; = older. Hover a number for details.</source>
        <translation>Dias desde a saída: &lt;b&gt;&lt;span style=&quot;color:#c62828&quot;&gt;vermelho em negrito&lt;/span&gt;&lt;/b&gt; = urgente (30 dias ou menos), &lt;span style=&quot;color:#a15c00&quot;&gt;âmbar&lt;/span&gt; = em breve (31 a 90 dias), &lt;span style=&quot;color:#6b6b6b&quot;&gt;cinza&lt;/span&gt; = antigo. Passe o mouse sobre o número para ver detalhes.</translation>
    </message>
    <message>
        <source>My queue is in priority order: the rescue cycle weighs the monthly revenue lost and how recently the customer left (Cycles → Priority weights). Click a column header to sort by it instead.</source>
        <translation>Minha fila está em ordem de prioridade: o ciclo de resgate pondera a receita mensal perdida e há quanto tempo o cliente saiu (Ciclos → Pesos da prioridade). Clique no cabeçalho de uma coluna para ordenar por ela.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>Não foi possível carregar a fila: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
</context>
<context>
    <name>TaskErrorReporter</name>
    <message>
        <source>Recovery Desk</source>
        <translation>Recovery Desk</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <source>Recovery Desk could not finish loading or saving some data in the background. What you see may be incomplete or out of date.</source>
        <translation>O Recovery Desk não conseguiu terminar de carregar ou salvar alguns dados em segundo plano. O que você vê pode estar incompleto ou desatualizado.</translation>
    </message>
    <message>
        <source>The details are in the log.</source>
        <translation>Os detalhes estão no log.</translation>
    </message>
    <message>
        <source>The details are in the log file:
%1</source>
        <translation>Os detalhes estão no arquivo de log:
%1</translation>
    </message>
</context>
<context>
    <name>UserPickDialog</name>
    <message>
        <source>Who is working here?</source>
        <translation>Quem está trabalhando aqui?</translation>
    </message>
    <message>
        <source>Choose your name. The role decides what the app offers you.</source>
        <translation>Escolha seu nome. O papel define o que o aplicativo oferece a você.</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Pessoas:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path} is not a Recovery Desk database. It was left untouched.</source>
        <translation>{path} não é um banco de dados do Recovery Desk. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>{path} belongs to another program. It was left untouched.</source>
        <translation>{path} pertence a outro programa. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Recovery Desk (schema {detail}). Update the app; the file was left untouched.</source>
        <translation>{path} foi gravado por uma versão mais nova do Recovery Desk (esquema {detail}). Atualize o aplicativo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>{path} is locked by another program. Close it and try again.</source>
        <translation>{path} está bloqueado por outro programa. Feche-o e tente novamente.</translation>
    </message>
    <message>
        <source>{path} is read-only. Choose a data folder you can write to.</source>
        <translation>{path} é somente leitura. Escolha uma pasta de dados em que você possa gravar.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full.</source>
        <translation>O disco onde está {path} está cheio.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>Não é possível abrir {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read: {detail}</source>
        <translation>{path} está danificado e não pode ser lido: {detail}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>Não é possível ler {path}: {detail}</translation>
    </message>
    <message>
        <source>{path} records more than one schema version ({detail}): it is damaged. It was left untouched.</source>
        <translation>{path} registra mais de uma versão de esquema ({detail}): está danificado. O arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a Recovery Desk database. It was left untouched; move it away to start a new database there.</source>
        <translation>{path} é um arquivo vazio, não um banco de dados do Recovery Desk. Ele não foi alterado; mova-o para outro lugar para começar um banco de dados novo ali.</translation>
    </message>
    <message>
        <source>{path} cannot be used: it may be damaged.</source>
        <translation>{path} não pode ser usado: talvez esteja danificado.</translation>
    </message>
    <message>
        <source>Sync: wrong user name or password</source>
        <translation>Sincronização: usuário ou senha incorretos</translation>
    </message>
    <message>
        <source>the centre refused the user name or password ({detail})</source>
        <translation>a central recusou o usuário ou a senha ({detail})</translation>
    </message>
    <message>
        <source>Demo data stays on this computer</source>
        <translation>Os dados de demonstração ficam neste computador</translation>
    </message>
    <message>
        <source>this desk holds demo data, which never goes to a centre; sync a desk set up with real data instead</source>
        <translation>este posto tem dados de demonstração, que nunca vão para a central; sincronize um posto configurado com dados reais</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <source>the centre cannot be reached ({detail}); changes stay in the outbox</source>
        <translation>não é possível conectar à central ({detail}); as alterações continuam aguardando envio</translation>
    </message>
    <message>
        <source>Sync: the centre is not set up</source>
        <translation>Sincronização: a central não está configurada</translation>
    </message>
    <message>
        <source>the centre has no Recovery Desk schema yet: {detail}</source>
        <translation>a central ainda não tem o esquema do Recovery Desk: {detail}</translation>
    </message>
    <message>
        <source>Sync: the centre runs an older version</source>
        <translation>Sincronização: a central usa uma versão mais antiga</translation>
    </message>
    <message>
        <source>the centre runs an older schema ({detail}); ask its owner to run &apos;recovery-desk central init&apos;. Changes stay in the outbox</source>
        <translation>a central usa um esquema mais antigo ({detail}); peça ao responsável por ela que execute &apos;recovery-desk central init&apos;. As alterações continuam aguardando envio</translation>
    </message>
    <message>
        <source>Sync: update Recovery Desk (the centre is newer)</source>
        <translation>Sincronização: atualize o Recovery Desk (a central é mais nova)</translation>
    </message>
    <message>
        <source>the centre runs a newer schema ({detail}); update Recovery Desk. Changes stay in the outbox</source>
        <translation>a central usa um esquema mais novo ({detail}); atualize o Recovery Desk. As alterações continuam aguardando envio</translation>
    </message>
    <message>
        <source>Sync: the centre refused a change</source>
        <translation>Sincronização: a central recusou uma alteração</translation>
    </message>
    <message>
        <source>the centre refused a change ({detail}): this desk&apos;s centre login may not write it. Ask the centre&apos;s owner to check the login&apos;s role; the change stays in the outbox</source>
        <translation>a central recusou uma alteração ({detail}): o login deste posto na central não tem permissão para gravá-la. Peça ao responsável pela central que confira o perfil do login; a alteração continua na fila de envio</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>A sincronização falhou</translation>
    </message>
    <message>
        <source>sync failed ({detail})</source>
        <translation>a sincronização falhou ({detail})</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Pendências</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprovações</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>Ciclos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Análises</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe; details are in the log.</source>
        <translation>Algo deu errado. Seus dados estão seguros; os detalhes estão no log.</translation>
    </message>
    <message>
        <source>Recovery Desk</source>
        <translation>Recovery Desk</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written: %2</source>
        <translation>Não é possível gravar na pasta de dados %1: %2</translation>
    </message>
</context>
<context>
    <name>teams</name>
    <message>
        <source>Pricing</source>
        <translation>Precificação</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operações</translation>
    </message>
    <message>
        <source>Customer Service</source>
        <translation>Atendimento ao Cliente</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Faturamento</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Legal &amp; Contracts</source>
        <translation>Jurídico e Contratos</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisores</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Executivo</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Works a queue of departed customers and runs the guided call.</source>
        <translation>Trabalha uma fila de clientes que saíram e conduz a ligação guiada.</translation>
    </message>
    <message>
        <source>Personally calls a handful of high-value departed customers each cycle.</source>
        <translation>Liga pessoalmente para alguns clientes de alto valor que saíram, a cada ciclo.</translation>
    </message>
    <message>
        <source>Opens rescue cycles, imports and assigns customers, edits the catalogues, reads the reports, and can add agents and executives later.</source>
        <translation>Abre ciclos de resgate, importa e distribui clientes, edita os catálogos, lê os relatórios e pode cadastrar agentes e executivos depois.</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Thinking it over</source>
        <translation>Vai pensar</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusou</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Não atendeu</translation>
    </message>
    <message>
        <source>Do not call again</source>
        <translation>Não ligar novamente</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Pedir desculpas</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Diagnose and verify</source>
        <translation>Diagnosticar e confirmar</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Ajudar</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferecer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>cycle status</comment>
        <translation>Aberto</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>cycle status</comment>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>coaching note status</comment>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>coaching note status</comment>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <comment>coaching note status</comment>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saudável</translation>
    </message>
    <message>
        <source>At risk: schedule a call</source>
        <translation>Em risco: agendar uma ligação</translation>
    </message>
    <message>
        <source>Left again</source>
        <translation>Saiu de novo</translation>
    </message>
</context>
</TS>
